using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>
/// Every relative link of every generated page (href, src and form action) leads to a generated file,
/// and every #fragment to an id on the target page: on the test site, and on the real sample site.
/// </summary>
public class LinkIntegrityTests
{
    private static IReadOnlyDictionary<string, byte[]> FilesOf(BuildResult result)
    {
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_link_of_the_test_site_resolves()
    {
        var files = FilesOf(TestSite.Minimal().Build());

        Assert.Empty(LinkChecker.BrokenLinks(files));
    }

    [Fact]
    public void Every_link_of_the_test_site_resolves_when_published_under_a_sub_path()
    {
        var files = FilesOf(TestSite.Minimal().Build(baseUrl: "https://example.org/hr/specs/"));

        Assert.Empty(LinkChecker.BrokenLinks(files, basePath: "/hr/specs/"));
    }

    [Fact]
    public void Every_link_of_the_sample_site_resolves()
    {
        var files = FilesOf(SampleContent.Build());

        // site.yml sets base_url https://rungs.example.org/, so the 404 page links from "/".
        Assert.Empty(LinkChecker.BrokenLinks(files));
    }

    [Fact]
    public void Every_page_links_its_stylesheet_and_script_and_both_are_generated()
    {
        var files = FilesOf(SampleContent.Build());

        foreach (var page in files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var links = Html.Links(System.Text.Encoding.UTF8.GetString(files[page])).ToList();
            Assert.Contains(links, l => l.EndsWith("assets/site.css", StringComparison.Ordinal));
            Assert.Contains(links, l => l.EndsWith("assets/site.js", StringComparison.Ordinal));
        }

        Assert.Contains("assets/site.css", files.Keys);
        Assert.Contains("assets/site.js", files.Keys);
    }

    private static IEnumerable<string> DuplicateIds(IReadOnlyDictionary<string, byte[]> files) =>
        from f in files
        where f.Key.EndsWith(".html", StringComparison.Ordinal)
        from id in System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.UTF8.GetString(f.Value), "\\sid=\"([^\"]*)\"")
            .Select(m => m.Groups[1].Value).GroupBy(x => x, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
        select $"{f.Key}: id=\"{id}\" appears more than once";

    [Fact]
    public void Every_id_on_every_sample_page_is_unique_so_fragments_and_labels_point_at_one_element()
    {
        Assert.Empty(DuplicateIds(FilesOf(SampleContent.Build())));
    }

    [Fact]
    public void A_content_heading_never_duplicates_an_id_the_theme_uses()
    {
        var files = FilesOf(TestSite.Minimal()
            .With("ksas/grammar.md", "---\ntitle: Grammar\n---\n\n## Used by\n\nEditors and writers.\n")
            .With("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: 3\n---\n\n## At a glance\n\nSenior work.\n")
            .Build());

        Assert.Empty(DuplicateIds(files));
    }

    [Fact]
    public void Every_internal_link_names_its_file_so_the_site_works_from_disk()
    {
        var files = FilesOf(SampleContent.Build());

        foreach (var (page, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && f.Key != "404.html"))
        foreach (var link in Html.Links(System.Text.Encoding.UTF8.GetString(bytes)).Where(l => !LinkChecker.IsExternal(l) && !l.StartsWith('#')))
        {
            Assert.False(link.StartsWith('/'), $"{page}: \"{link}\" is root-relative");
            Assert.False(link.Split('#')[0].EndsWith('/'), $"{page}: \"{link}\" names a folder, which does not open from disk");
        }
    }

    [Fact]
    public void Pages_use_no_inline_scripts_or_styles()
    {
        var files = FilesOf(SampleContent.Build());

        foreach (var (page, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            // A JSON-LD data block (the class's schema.org Occupation) is never run, so it is not an inline script.
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)(?! type=\"application/ld\\+json\")", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        }
    }

    [Fact]
    public void The_link_checker_itself_catches_a_missing_page_and_a_missing_fragment()
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["index.html"] = "<a href=\"series/index.html\">s</a><a href=\"series/x/index.html\">x</a><a href=\"#top\">t</a><a href=\"https://example.org/\">e</a>"u8.ToArray(),
            ["series/index.html"] = "<h1 id=\"top\">Series</h1><a href=\"../index.html#main\">home</a>"u8.ToArray(),
        };

        Assert.Equal(
            [
                "index.html: \"series/x/index.html\" → series/x/index.html, which is not generated",
                "index.html: \"#top\" → index.html has no id=\"top\"",
                "series/index.html: \"../index.html#main\" → index.html has no id=\"main\"",
            ],
            LinkChecker.BrokenLinks(files));
    }
}
