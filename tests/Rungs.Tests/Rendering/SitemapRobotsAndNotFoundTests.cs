using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>sitemap.xml, robots.txt, canonical links and the 404 page, with and without a base URL.</summary>
public class SitemapRobotsAndNotFoundTests
{
    [Fact]
    public void With_a_base_URL_the_sitemap_lists_the_absolute_clean_URL_of_every_page_but_the_404()
    {
        var site = TestSite.Minimal().BuildClean(baseUrl: "https://example.org/specs");

        Assert.Equal("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/specs/career-map/</loc></url>
              <url><loc>https://example.org/specs/classes/</loc></url>
              <url><loc>https://example.org/specs/compare/</loc></url>
              <url><loc>https://example.org/specs/competencies/communication/</loc></url>
              <url><loc>https://example.org/specs/competencies/</loc></url>
              <url><loc>https://example.org/specs/</loc></url>
              <url><loc>https://example.org/specs/job-models/client-service/</loc></url>
              <url><loc>https://example.org/specs/job-models/</loc></url>
              <url><loc>https://example.org/specs/ksas/grammar/</loc></url>
              <url><loc>https://example.org/specs/ksas/</loc></url>
              <url><loc>https://example.org/specs/recent-changes/</loc></url>
              <url><loc>https://example.org/specs/series/cs/compare/cs-assistant..cs-representative/</loc></url>
              <url><loc>https://example.org/specs/series/cs/compare/</loc></url>
              <url><loc>https://example.org/specs/series/cs/cs-assistant/</loc></url>
              <url><loc>https://example.org/specs/series/cs/cs-representative/</loc></url>
              <url><loc>https://example.org/specs/series/cs/</loc></url>
              <url><loc>https://example.org/specs/series/</loc></url>
            </urlset>

            """, site.Page("sitemap.xml"));
    }

    [Fact]
    public void Without_a_base_URL_the_sitemap_lists_root_relative_URLs()
    {
        var sitemap = TestSite.Minimal().BuildClean().Page("sitemap.xml");

        Assert.Contains("<url><loc>/</loc></url>", sitemap);
        Assert.Contains("<url><loc>/series/cs/cs-assistant/</loc></url>", sitemap);
        Assert.DoesNotContain("404", sitemap);
        Assert.DoesNotContain("://example", sitemap);
    }

    [Fact]
    public void The_base_URL_from_site_yml_is_used_and_the_command_line_one_overrides_it()
    {
        var site = TestSite.Minimal().With("site.yml", "title: Test Specs\nbase_url: https://hr.example.edu/\n");

        Assert.Contains("<loc>https://hr.example.edu/classes/</loc>", site.BuildClean().Page("sitemap.xml"));
        Assert.Contains("<loc>https://override.example.com/x/classes/</loc>", site.BuildClean(baseUrl: "https://override.example.com/x/").Page("sitemap.xml"));
    }

    [Fact]
    public void Robots_txt_allows_everything_and_points_at_the_absolute_sitemap()
    {
        var site = TestSite.Minimal().BuildClean(baseUrl: "https://example.org/specs/");

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/specs/sitemap.xml\n", site.Page("robots.txt"));
    }

    [Fact]
    public void Without_a_base_URL_robots_txt_has_no_relative_sitemap_line()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.Equal("User-agent: *\nAllow: /\n", site.Page("robots.txt"));
    }

    [Fact]
    public void Pages_carry_their_canonical_URL()
    {
        var site = TestSite.Minimal().BuildClean(baseUrl: "https://example.org/specs");

        Assert.Contains("""<link rel="canonical" href="https://example.org/specs/series/cs/cs-assistant/">""", site.Page("series/cs/cs-assistant/index.html"));
        Assert.Contains("""<link rel="canonical" href="https://example.org/specs/">""", site.Page("index.html"));
    }

    [Fact]
    public void The_404_page_links_from_the_base_path_because_it_is_served_at_any_URL()
    {
        var page = TestSite.Minimal().BuildClean(baseUrl: "https://example.org/specs/").Page("404.html");

        Assert.Contains("""<a href="/specs/classes/index.html">the list of all classes</a>""", page);
        Assert.Contains("""<link rel="stylesheet" href="/specs/assets/site.css">""", page);
        Assert.Contains("""<a class="site-title" href="/specs/index.html">""", page);
        Assert.Contains("""<a href="/specs/series/cs/cs-assistant/index.html">CS Assistant</a>""", page);
        Assert.DoesNotContain("href=\"../", page);
    }

    [Fact]
    public void Without_a_base_URL_the_404_page_links_from_the_site_root()
    {
        var page = TestSite.Minimal().BuildClean().Page("404.html");

        Assert.Contains("""<a href="/classes/index.html">the list of all classes</a>""", page);
        Assert.Contains("""<link rel="stylesheet" href="/assets/site.css">""", page);
    }

    [Fact]
    public void Other_pages_link_relatively_so_the_site_works_from_any_folder()
    {
        var site = TestSite.Minimal().BuildClean(baseUrl: "https://example.org/specs/");

        foreach (var path in site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html"))
            Assert.DoesNotContain(Html.Links(site.Page(path)), l => l.StartsWith('/'));
    }
}
