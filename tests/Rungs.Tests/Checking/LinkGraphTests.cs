using Rungs.Checking;
using Rungs.Diagnostics;
using Rungs.Tests.Support;

namespace Rungs.Tests.Checking;

/// <summary>
/// The build's link checker: every internal link of every page leads to a generated file and every #fragment to an id
/// on it; a broken one is an error in the page's source file naming the link and where it leads.
/// </summary>
public class LinkGraphTests
{
    private const string Hint = "check the slug or path in the link; a page's address is its folder, e.g. `../../ksas/grammar/index.html`";

    private const string FragmentHint = "link to a heading's id as it appears on the page, or give the target that id";

    private static IReadOnlyList<Diagnostic> Check(params (string Path, string Html, string? Source)[] pages)
    {
        var links = new LinkGraph();
        foreach (var (path, html, source) in pages) links.Add(path, html, source);
        return links.Check(pages.Select(p => p.Path).Append("assets/site.css").ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_that_lead_to_generated_files_and_ids_are_fine()
    {
        var diagnostics = Check(
            ("index.html", """<link rel="stylesheet" href="assets/site.css"><a href="series/cs/index.html#duties">cs</a><a href="#main">skip</a><main id="main"></main>""", null),
            ("series/cs/index.html", """<h2 id="duties">Duties</h2><a href="../../index.html">home</a><img src="../../assets/site.css" alt="">""", "content/series/cs/_series.md"));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_folder_link_leads_to_the_folders_index_page()
    {
        var diagnostics = Check(
            ("series/cs/a/index.html", """<a href="../">series</a><a href="../../cs/b/#top-duty">b</a><a href="../b">b without slash</a><a href="./">self</a><a href=".">self</a>""", null),
            ("series/cs/index.html", "", null),
            ("series/cs/b/index.html", """<li id="top-duty">""", null));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void RUNGS025_a_link_to_a_page_that_is_not_generated_is_an_error_in_the_pages_source_file()
    {
        var diagnostics = Check(
            ("series/cs/a/index.html", """<p>See <a href="../../../ksas/gramar/index.html">grammar</a>.</p>""", "content/series/cs/a.md"));

        Expect.Diagnostics(diagnostics,
            Expect.Error("RUNGS025", "content/series/cs/a.md", 1, 1,
                "the link `../../../ksas/gramar/index.html` leads to ksas/gramar/index.html, which the build does not generate (on series/cs/a/index.html)", Hint));
    }

    [Fact]
    public void RUNGS025_a_fragment_with_no_matching_id_on_the_target_page_is_an_error()
    {
        var diagnostics = Check(
            ("index.html", """<a href="series/index.html#dutys">x</a><a href="#nowhere">y</a><a href="#top">top is always there</a>""", "themes/default/layouts/home.html"),
            ("series/index.html", """<h2 id="duties">Duties</h2>""", null));

        Expect.Diagnostics(diagnostics,
            Expect.Error("RUNGS025", "themes/default/layouts/home.html", 1, 1,
                "the link `#nowhere` leads to index.html, which has no id \"nowhere\" (on index.html)", FragmentHint),
            Expect.Error("RUNGS025", "themes/default/layouts/home.html", 1, 1,
                "the link `series/index.html#dutys` leads to series/index.html, which has no id \"dutys\" (on index.html)", FragmentHint));
    }

    [Fact]
    public void RUNGS025_a_link_that_climbs_out_of_the_site_is_an_error()
    {
        var diagnostics = Check(("series/index.html", """<a href="../../secret.html">x</a>""", null));

        var d = Assert.Single(diagnostics);
        Assert.Equal(("RUNGS025", "series/index.html", "the link `../../secret.html` leads outside the site (on series/index.html)"),
            (d.Code, d.Position.Path, d.Message));
    }

    [Fact]
    public void External_links_are_not_followed()
    {
        var diagnostics = Check(("index.html", """
            <a href="https://example.org/missing">a</a><a href="http://example.org/">b</a><a href="mailto:hr@example.org">c</a>
            <a href="tel:+15551234">d</a><link href="//cdn.example.org/x.css"><a href="HTTPS://EXAMPLE.ORG/">e</a>
            """, null));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Entities_and_percent_escapes_are_decoded_and_queries_ignored()
    {
        var diagnostics = Check(
            ("index.html", """<a href="classes/index.html?q=a&amp;b=c">q</a><a href="a%20b/index.html#x%20y">space</a><form action="classes/index.html"></form>""", null),
            ("classes/index.html", "", null),
            ("a b/index.html", """<p id="x y">""", null));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Text_in_scripts_and_comments_and_ids_named_as_anchors_are_read_as_browsers_read_them()
    {
        var diagnostics = Check(("index.html", """
            <!-- <a href="old.html">old</a> --><script>var s = '<a href="missing.html">';</script>
            <a href='#legacy'>x</a><a name="legacy"></a><a href=#unquoted>y</a><span id=unquoted></span>
            """, null));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_same_broken_link_on_many_pages_of_one_template_is_reported_once_with_the_count()
    {
        var pages = Enumerable.Range(1, 3)
            .Select(n => ($"ksas/k{n}/index.html", """<a href="../../glossary/index.html">glossary</a>""", (string?)"themes/default/layouts/ksa.html"))
            .ToArray();

        var d = Assert.Single(Check(pages));

        Assert.Equal("the link `../../glossary/index.html` leads to glossary/index.html, which the build does not generate (on ksas/k1/index.html and 2 other pages)", d.Message);
    }

    [Fact]
    public void Root_relative_links_are_resolved_against_the_path_the_site_is_published_at()
    {
        var links = new LinkGraph("/hr/specs/");
        links.Add("404.html", """<a href="/hr/specs/index.html">home</a><a href="/hr/specs/gone/">gone</a><a href="/other-site/">other</a>""", null);
        links.Add("index.html", "", null);

        var d = Assert.Single(links.Check(new HashSet<string>(["404.html", "index.html"], StringComparer.Ordinal)));
        Assert.Equal("the link `/hr/specs/gone/` leads to gone/index.html, which the build does not generate (on 404.html)", d.Message);
    }

    [Fact]
    public void The_same_link_on_pages_at_different_depths_and_in_different_folders_leads_where_each_page_points_it()
    {
        var diagnostics = Check(
            ("a/index.html", """<a href="../b/index.html">b</a><a href="x/">x</a><a href="#s">s</a><p id="s">""", null),
            ("a/x/index.html", """<a href="../b/index.html">a/b, missing</a><a href="#s">s, missing</a>""", null),
            ("c/x/index.html", """<a href="../b/index.html">c/b, missing</a><a href="x/">c/x/x, missing</a>""", null),
            ("b/index.html", "", null));

        Assert.Equal([
            "the link `#s` leads to a/x/index.html, which has no id \"s\" (on a/x/index.html)",
            "the link `../b/index.html` leads to a/b/index.html, which the build does not generate (on a/x/index.html)",
            "the link `../b/index.html` leads to c/b/index.html, which the build does not generate (on c/x/index.html)",
            "the link `x/` leads to c/x/x/index.html, which the build does not generate (on c/x/index.html)",
        ], diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_id_written_with_entities_is_the_id_it_stands_for()
    {
        var diagnostics = Check(
            ("index.html", """<a href="t/index.html#a&amp;b">x</a><a href="t/index.html#x">y</a><a href="t/index.html#q&amp;">q</a>""", null),
            ("t/index.html", """<p id="a&amp;b"></p><p id="&#120;"></p><p id="x"></p>""", null));

        var d = Assert.Single(diagnostics);
        Assert.Equal("the link `t/index.html#q&amp;` leads to t/index.html, which has no id \"q&\" (on index.html)", d.Message);
    }

    [Fact]
    public void Pages_may_be_added_from_many_threads_at_once()
    {
        var links = new LinkGraph();
        Parallel.For(0, 2_000, n =>
            links.Add($"p/{n}/index.html", $"""<a href="../{(n + 1) % 2_000}/index.html#s{n % 7}">next</a><h2 id="s{n % 7}">s</h2><a href="../missing-{n % 3}/">m</a>""", $"content/p{n}.md"));

        var diagnostics = links.Check(Enumerable.Range(0, 2_000).Select(n => $"p/{n}/index.html").ToHashSet(StringComparer.Ordinal));

        // Every page links to a missing page; the fragments on the next page exist only when n and n + 1 share n % 7 — never.
        Assert.Equal(4_000, diagnostics.Count);
        Assert.Equal(2_000, diagnostics.Count(d => d.Message.Contains("which the build does not generate", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_link_spelled_an_unusual_way_is_named_as_written()
    {
        var diagnostics = Check(
            ("series/cs/index.html", """<a href="../../compare/index.html?a=cs-1">c</a><a href="./../../gone/">g</a><a href="../../../up.html#x">u</a>""", null),
            ("compare/index.html", "", null));

        Assert.Equal([
            "the link `../../../up.html#x` leads outside the site (on series/cs/index.html)",
            "the link `./../../gone/` leads to gone/index.html, which the build does not generate (on series/cs/index.html)",
        ], diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_that_differ_only_in_their_query_are_one_link_named_without_it()
    {
        var diagnostics = Check(
            ("series/cs/a/index.html", """<a href="../../../compare/index.html?a=a&amp;b=b">c</a><a href="../../../gone/index.html?a=a">g</a><a href="../../../gone/index.html?a=b">g</a>""", null),
            ("series/cs/b/index.html", """<a href="../../../compare/index.html?a=b&amp;b=a">c</a><a href="../../../compare/index.html?x#missing">m</a>""", null),
            ("compare/index.html", "", null));

        Assert.Equal([
            "the link `../../../compare/index.html?x#missing` leads to compare/index.html, which has no id \"missing\" (on series/cs/b/index.html)",
            "the link `../../../gone/index.html` leads to gone/index.html, which the build does not generate (on series/cs/a/index.html)",
        ], diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_are_checked_the_same_however_many_pages_a_thread_reads()
    {
        // More distinct links than a reader remembers: it forgets them between pages and resolves them again.
        var pages = Enumerable.Range(0, 3_000)
            .Select(n => ($"s/p{n}/index.html", $"""<a href="../p{(n + 1) % 3_000}/index.html#s">next</a><a href="../../gone-{n % 2}/">g</a><p id="{(n % 2 == 0 ? "s" : "t")}">""", (string?)"layouts/p.html"))
            .ToArray();

        var diagnostics = Check(pages);

        Assert.Equal([
            "the link `../../gone-0/` leads to gone-0/index.html, which the build does not generate (on s/p0/index.html and 1499 other pages)",
            "the link `../../gone-1/` leads to gone-1/index.html, which the build does not generate (on s/p1/index.html and 1499 other pages)",
        ], diagnostics.Where(d => d.Message.Contains("gone", StringComparison.Ordinal)).Select(d => d.Message).Order(StringComparer.Ordinal));
        // Odd pages have no id "s": every even page's link to the next page is broken.
        Assert.Equal(1_500, diagnostics.Count(d => d.Message.Contains("which has no id", StringComparison.Ordinal)));
    }
}
