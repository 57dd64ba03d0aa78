using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>The home page, the series pages and the all-classes table.</summary>
public class IndexPageTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => TestSite.Minimal()
        .With("series/front-desk/_series.md", "---\ntitle: Front Desk Series\norder: 1\norganisation: Facilities\n---\n")
        .With("series/front-desk/receptionist.md", "---\ntitle: Receptionist\ncode: \"5001\"\nlevel: 1\nhris_title: RECEPT 1\n---\n")
        .BuildClean());

    [Fact]
    public void Home_shows_the_site_title_description_and_counts()
    {
        var text = Site.Value.Text("index.html");

        Assert.Contains("<title>Test Specs</title>", Site.Value.Page("index.html"));
        Assert.Contains("Classification specs for tests.", text);
        Assert.Contains("2 series", text);
        Assert.Contains("3 classes", text);
        Assert.Contains("1 competency", text);
        Assert.Contains("1 KSA", text);
        Assert.Contains("1 job model", text);
    }

    [Fact]
    public void Home_shows_a_card_per_series_with_its_level_count_and_its_levels_in_order()
    {
        var page = Site.Value.Page("index.html");

        var cards = Html.Element(page, "ul", "class=\"cards\"");
        Assert.Matches("""(?s)<a href="series/cs/index.html">Customer Service Series</a>.*?<p class="muted">2 levels</p>""", cards);
        Assert.Matches("""(?s)<a href="series/front-desk/index.html">Front Desk Series</a>.*?<p class="muted">1 level · Facilities</p>""", cards);
        Assert.Matches("""(?s)series/cs/cs-assistant/index.html">CS Assistant</a> <span class="code">4807</span>.*series/cs/cs-representative/index.html">CS Representative</a> <span class="code">4808</span>""", cards);
        Assert.True(page.IndexOf("Front Desk Series", StringComparison.Ordinal) < page.IndexOf("Customer Service Series", StringComparison.Ordinal),
            "a series with an `order` comes before one without");
    }

    [Fact]
    public void The_footer_names_the_organisation()
    {
        Assert.Contains("Test University · Built with Rungs", Site.Value.Text("index.html"));
    }

    [Fact]
    public void The_all_classes_table_lists_every_class_series_by_series_with_code_level_grade_and_FLSA()
    {
        var page = Site.Value.Page("classes/index.html");

        var rows = System.Text.RegularExpressions.Regex.Matches(page, "<tr>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => Html.TextOf(m.Groups[1].Value))
            .ToList();
        Assert.Equal(
            [
                "Code Class title Series Level Grade FLSA",
                // Front Desk names its organisation (Facilities), the others take the site's: two, so each row says whose.
                "5001 Receptionist (RECEPT 1) Front Desk Series (Facilities) Level 1",
                "4807 CS Assistant Customer Service Series (Test University) Level I 13 Non-exempt",
                "4808 CS Representative Customer Service Series (Test University) Level II 15 Exempt",
            ],
            rows);
        Assert.Contains("""<a href="../series/cs/cs-assistant/index.html">CS Assistant</a>""", page);
        Assert.Contains("""<a href="../series/front-desk/receptionist/index.html">Receptionist</a>""", page);
    }

    [Fact]
    public void The_series_page_shows_its_facts_narrative_and_ladder()
    {
        var page = Site.Value.Page("series/cs/index.html");

        Assert.Equal("343", Html.Fact(page, "promotional-line"));
        Assert.Equal("2 levels", Html.Fact(page, "levels"));
        Assert.Contains("Employees in this series serve campus clients.", page);
        var ladder = Html.Element(page, "ol", "class=\"ladder\"");
        Assert.Matches("""(?s)Level I</span>\s*<a class="rung-title" href="../../series/cs/cs-assistant/index.html">CS Assistant</a>.*Level II</span>\s*<a class="rung-title" href="../../series/cs/cs-representative/index.html">CS Representative</a>""", ladder);
    }

    [Fact]
    public void The_series_index_lists_every_series()
    {
        var text = Site.Value.Text("series/index.html");

        Assert.Contains("Customer Service Series", text);
        Assert.Contains("Front Desk Series", text);
    }

    [Fact]
    public void Every_page_kind_is_generated_at_its_documented_path()
    {
        string[] expected =
        [
            "404.html", "_headers", "_redirects", "career-map/index.html", "classes.csv", "classes.xlsx", "classes/index.html", "compare/index.html",
            "competencies/communication/index.html", "competencies/index.html", "favicon.ico", "index.html",
            "job-models/client-service/index.html", "job-models/index.html", "ksas/grammar/index.html", "ksas/index.html",
            "recent-changes/feed.xml", "recent-changes/index.html", "robots.txt", "search/index.html", "series/cs/compare/cs-assistant..cs-representative/index.html", "series/cs/compare/index.html",
            "series/cs/cs-assistant/index.html", "series/cs/cs-representative/index.html", "series/cs/index.html",
            "series/front-desk/compare/index.html", "series/front-desk/index.html", "series/front-desk/receptionist/index.html",
            "series/index.html", "sitemap.xml",
        ];

        Assert.Equal(expected, Site.Value.Paths
            .Where(p => !p.StartsWith("assets/", StringComparison.Ordinal) && !p.StartsWith("api/", StringComparison.Ordinal)
                        && !(p.StartsWith("search/", StringComparison.Ordinal) && p.EndsWith(".js", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal));
        Assert.Contains(Site.Value.Paths, p => p.StartsWith("assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void Site_nav_links_from_site_yml_are_added_to_the_header()
    {
        var site = TestSite.Minimal().With("site.yml", """
            title: Test Specs
            nav:
              - title: About
                url: series/
              - title: HR home
                url: https://hr.example.org/
            """).BuildClean();

        var page = site.Page("series/cs/cs-assistant/index.html");
        Assert.Contains("""<a href="../../../series/index.html">About</a>""", page);
        Assert.Contains("""<a href="https://hr.example.org/">HR home</a>""", page);
    }

    [Fact]
    public void The_language_of_every_page_comes_from_site_yml()
    {
        var site = TestSite.Minimal().With("site.yml", "title: Test Specs\nlanguage: en-GB\n").BuildClean();

        Assert.All(site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)),
            p => Assert.Contains("<html lang=\"en-GB\">", site.Page(p)));
    }
}
