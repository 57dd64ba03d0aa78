using System.Text.RegularExpressions;
using Rungs.Rendering.Pages;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>
/// Given a site of many series, the career map and the series index are split into pages that do not grow with the site:
/// an overview opens one map per occupational area (or part of one), and the series index goes A–Z over pages of bounded size.
/// </summary>
public sealed partial class LargeSiteMapAndIndexTests
{
    // About 250 series: five times what one map shows.
    private static readonly Lazy<BuiltSite> Corpus = new(() => new BuiltSite(GeneratedCorpus.Build(GeneratedCorpus.Files(1000))));

    // 60 series in two occupational areas (30 each: one map each), a class of area 01 promoting into area 02.
    private static readonly Lazy<BuiltSite> TwoAreas = new(() =>
    {
        var site = TestSite.Minimal();
        for (var i = 1; i <= 60; i++)
        {
            var area = i <= 30 ? "01" : "02";
            var promotes = i == 1 ? "promotes_to: [s45/s45-entry]\n" : "";
            site = site.With($"series/s{i}/_series.md", $"---\ntitle: Series {i}\noccupational_area: \"{area}\"\n---\n")
                .With($"series/s{i}/s{i}-entry.md", $"---\ntitle: Entry {i}\nlevel: 1\n{promotes}---\n");
        }

        return site.BuildClean();
    });

    [Fact]
    public void The_career_map_overview_links_every_map_and_every_series_is_on_exactly_one()
    {
        var site = Corpus.Value;
        var parts = CareerMapParts.Of(site.Result.Site!);
        var overview = site.Page("career-map/index.html");
        var mapPages = site.Paths.Where(p => MapPage().IsMatch(p)).Order(StringComparer.Ordinal).ToList();

        Assert.True(parts.Count > 1, $"{parts.Count} maps");
        Assert.Equal(parts.Select(p => p.Url).Order(StringComparer.Ordinal), mapPages);
        Assert.All(parts, p => Assert.Contains($"<a href=\"../{p.Url}\">{System.Net.WebUtility.HtmlEncode(p.Title)}</a>", overview));
        Assert.Equal(site.Result.Site!.Series.Select(s => s.Slug).Order(StringComparer.Ordinal),
            parts.SelectMany(p => p.Series).Select(s => s.Slug).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("<svg", overview);
    }

    [Fact]
    public void No_map_holds_more_than_its_share_and_promotional_lines_stay_whole()
    {
        var parts = CareerMapParts.Of(Corpus.Value.Result.Site!);

        Assert.All(parts, p => Assert.True(p.Series.Count <= CareerMapParts.MaxSeries && p.ClassCount <= CareerMapParts.MaxClasses,
            $"{p.Title}: {p.Series.Count} series, {p.ClassCount} classes"));
        var lines = parts.SelectMany(p => p.Series.Select(s => (Line: s.Spec.PromotionalLine, Part: p.Slug))).Where(x => x.Line is not null);
        Assert.All(lines.GroupBy(x => x.Line), line => Assert.Single(line.Select(x => x.Part).Distinct()));
    }

    [Fact]
    public void Lower_limits_give_more_and_smaller_maps_each_within_them()
    {
        var site = Corpus.Value.Result.Site!;
        var parts = CareerMapParts.Of(site, maxSeries: 8, maxClasses: 30);

        Assert.True(parts.Count > CareerMapParts.Of(site).Count);
        Assert.All(parts, p => Assert.True(p.Series.Count <= 8 && p.ClassCount <= 30 || p.Series.Count == 1, $"{p.Title}: {p.Series.Count} series"));
        Assert.Equal(parts.Count, parts.Select(p => p.Slug).Distinct().Count());
    }

    [Fact]
    public void Abolished_classes_which_no_map_or_index_row_draws_count_against_no_limit()
    {
        // Three series of two classes in force and three abolished: two series fill a map or an index page of four classes.
        var built = TestSite.Minimal();
        foreach (var name in new[] { "aa", "ab", "ac" })
        {
            built = built.With($"series/{name}/_series.md", $"---\ntitle: {name.ToUpperInvariant()} Series\noccupational_area: \"09\"\n---\n");
            for (var level = 1; level <= 5; level++)
                built = built.With($"series/{name}/{name}-{level}.md", $"---\ntitle: {name} {level}\nlevel: {level}\n"
                    + (level > 2 ? "status: abolished\nabolished: 2020-01-01\n" : "") + "---\n");
        }

        var site = built.BuildClean().Result.Site!;
        var map = CareerMapParts.Of(site, maxSeries: 2, maxClasses: 4).Single(p => p.Series.Any(s => s.Slug == "aa"));
        var page = SeriesIndexPages.Pages(site, maxSeries: 40, maxClasses: 4).Single(p => p.Any(g => g.Series.Any(s => s.Title == "AA Series")));

        Assert.Equal(["aa", "ab"], map.Series.Select(s => s.Slug));
        Assert.Equal(4, map.ClassCount);
        Assert.Equal(["AA Series", "AB Series"], page.SelectMany(g => g.Series).Select(s => s.Title));
    }

    [Fact]
    public void The_series_index_goes_A_to_Z_over_pages_each_within_the_limits_and_every_series_once()
    {
        var site = Corpus.Value.Result.Site!;
        var pages = SeriesIndexPages.Pages(site, maxSeries: 40, maxClasses: 200);
        var titles = pages.SelectMany(p => p.SelectMany(g => g.Series)).Select(s => s.Title).ToList();

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.True(p.Sum(g => g.Series.Count) <= 40 && p.Sum(g => g.Series.Sum(s => s.Levels.Count)) <= 200));
        Assert.Equal(site.Series.Count, titles.Count);
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.All(pages.SelectMany(p => p).Where(g => !g.Title.EndsWith("(continued)", StringComparison.Ordinal)),
            g => Assert.All(g.Series, s => Assert.StartsWith(g.Letter, s.Title, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Every_page_of_the_series_index_links_every_letter_and_every_page()
    {
        var site = Corpus.Value;
        var indexPages = site.Paths.Where(p => IndexPage().IsMatch(p)).ToList();
        var letters = SeriesIndexPages.Pages(site.Result.Site!).SelectMany(p => p).Select(g => g.Letter).Distinct().ToList();

        Assert.NotEmpty(letters);
        Assert.All(indexPages, path =>
        {
            var page = site.Page(path);
            Assert.Contains("""<nav class="letter-nav" aria-label="Series by first letter">""", page);
            Assert.All(letters, l => Assert.Contains($">{l}</a></li>", page));
            if (indexPages.Count > 1) Assert.Contains("aria-current=\"page\"", page);
        });
    }

    [Fact]
    public void The_map_pages_and_series_index_pages_link_only_to_pages_and_ids_that_exist()
    {
        var site = Corpus.Value;
        var files = site.Result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        var pages = files.Where(f => f.Key.StartsWith("career-map/", StringComparison.Ordinal) || IndexPage().IsMatch(f.Key) || f.Key == "index.html")
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        // The checker follows links from the pages it is given; the rest of the site is there for them to land on.
        var broken = LinkChecker.BrokenLinks(files).Where(p => pages.Keys.Any(k => p.StartsWith(k + ":", StringComparison.Ordinal))).ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void The_home_page_of_a_large_site_links_to_the_overview_instead_of_drawing_a_map()
    {
        var home = Corpus.Value.Page("index.html");

        Assert.DoesNotContain("<svg", home);
        Assert.Contains("""<a href="career-map/index.html">Open the career map</a>""", home);
    }

    [Fact]
    public void A_move_into_another_area_links_the_class_and_the_other_map_from_both_maps()
    {
        var site = TwoAreas.Value;
        var from = site.Page("career-map/area-01/index.html");
        var into = site.Page("career-map/area-02/index.html");

        Assert.Contains("""<h2 id="other-maps">Moves to and from other maps</h2>""", from);
        Assert.Contains("""<a href="../../series/s45/s45-entry/index.html">Entry 45</a>""", from);
        Assert.Contains("""on the map <a href="../../career-map/area-02/index.html">Occupational area 02</a>""", from);
        Assert.Contains("""on the map <a href="../../career-map/area-01/index.html">Occupational area 01</a>""", into);
        // The arrow is not drawn to a class the map does not show.
        Assert.DoesNotContain("s45-entry", from[..from.IndexOf("</svg>", StringComparison.Ordinal)]);
        Assert.Empty(LinkChecker.BrokenLinks(site.Result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal)));
    }

    [Fact]
    public void Each_map_keeps_its_phone_list_and_names_its_area()
    {
        var map = TwoAreas.Value.Page("career-map/area-02/index.html");

        Assert.Contains("<h1>Career map: Occupational area 02</h1>", map);
        Assert.Contains("""<div class="career-map-list">""", map);
        Assert.Contains("30 series and 30 classes", map);
        Assert.Contains("""<a href="../../career-map/index.html">Every occupational area's map</a>""", map);
    }

    [GeneratedRegex(@"^career-map/[^/]+/index\.html$")]
    private static partial Regex MapPage();

    [GeneratedRegex(@"^series/index(-\d+)?\.html$")]
    private static partial Regex IndexPage();
}

/// <summary>Given a KSA that very many classes ask for, its page lists every class compactly instead of in the full table.</summary>
public sealed class LibraryPageOfManyClassesTests
{
    [Fact]
    public void A_KSA_used_by_more_than_300_classes_lists_each_by_title_code_and_series_and_stays_small()
    {
        var site = TestSite.Minimal();
        for (var level = 1; level <= 301; level++)
            site = site.With($"series/big/big-{level}.md", $"---\ntitle: Big Clerk {level}\ncode: B{level:D4}\nlevel: {level}\nksas: [grammar]\n---\n");
        site = site.With("series/big/_series.md", "---\ntitle: Big Series\n---\n");

        var built = site.BuildClean();
        var usedBy = Html.Element(built.Page("ksas/grammar/index.html"), "section", "aria-labelledby=\"used-by\"");

        Assert.Contains("<h3>Classes (303)</h3>", usedBy);
        Assert.Contains("""<li><a href="../../series/big/big-301/index.html">Big Clerk 301</a> <span class="code">B0301</span> <span class="muted">Big Series</span></li>""", usedBy);
        Assert.DoesNotContain("class-table", usedBy);
        Assert.True(usedBy.Length < 301 * 160, $"{usedBy.Length} characters for 303 classes");
    }

    [Fact]
    public void The_compact_list_marks_a_draft_class_as_the_full_table_does()
    {
        var site = TestSite.Minimal().With("series/big/_series.md", "---\ntitle: Big Series\n---\n");
        for (var level = 1; level <= 301; level++)
            site = site.With($"series/big/big-{level}.md",
                $"---\ntitle: Big Clerk {level}\ncode: B{level:D4}\nlevel: {level}\nksas: [grammar]\n{(level == 301 ? "status: draft\n" : "")}---\n");

        var usedBy = Html.Element(Status.StatusSites.BuildCleanWithDrafts(site).Page("ksas/grammar/index.html"), "section", "aria-labelledby=\"used-by\"");

        Assert.Contains("""<a href="../../series/big/big-301/index.html">Big Clerk 301</a> <span class="status-mark">(Draft)</span> <span class="code">B0301</span>""", usedBy);
        Assert.Contains("""<a href="../../series/big/big-300/index.html">Big Clerk 300</a> <span class="code">B0300</span>""", usedBy);
    }

    [Fact]
    public void A_KSA_used_by_more_classes_than_a_page_holds_lists_the_first_thousand_and_goes_on_over_numbered_pages()
    {
        var site = TestSite.Minimal().With("series/big/_series.md", "---\ntitle: Big Series\n---\n");
        for (var level = 1; level <= 1001; level++)
            site = site.With($"series/big/big-{level}.md", $"---\ntitle: Big Clerk {level}\ncode: B{level:D4}\nlevel: {level}\nksas: [grammar]\n---\n");

        var built = site.BuildClean();
        var first = Html.Element(built.Page("ksas/grammar/index.html"), "section", "aria-labelledby=\"used-by\"");
        var second = built.Page("ksas/grammar/page/2/index.html");

        Assert.Contains("<h3>Classes (1,003)</h3>", first);
        Assert.Contains("Classes 1–1,000 of 1,003, in series order.", first);
        Assert.Equal(1000, Regex.Matches(first, "<li><a href=\"../../series/").Count);
        Assert.Contains("<a href=\"../../ksas/grammar/page/2/index.html\" rel=\"next\">Next</a>", first);
        Assert.Contains("The 1,003 classes that use the KSA Grammar: page 2 of 2. Classes 1,001–1,003 of 1,003, in series order.", Html.TextOf(second));
        Assert.Equal(3, Regex.Matches(second, "<li><a href=\"../../../../series/[^/\"]+/[^/\"]+/index.html\"").Count);
        Assert.Contains("<a href=\"../../../../ksas/grammar/index.html\" rel=\"prev\">Previous</a>", second);
        Assert.False(built.Has("ksas/grammar/page/3/index.html"));
    }
}
