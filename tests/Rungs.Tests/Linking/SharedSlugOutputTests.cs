using Rungs.Tests.Support;

namespace Rungs.Tests.Linking;

/// <summary>
/// What a site whose series share class slugs publishes: nothing keyed by the slug alone collides. Data files and compare
/// links name a shared slug's classes `series--slug`; a short link `/c/&lt;slug&gt;` to a shared slug is a page listing
/// the classes; slugs only one class has keep today's names and redirects.
/// </summary>
public sealed class SharedSlugOutputTests
{
    private static readonly BuiltSite Site = TwinSlugSite.Build().BuildClean();

    [Fact]
    public void The_data_files_of_twins_are_named_by_series_and_slug_and_a_unique_slug_keeps_its_name()
    {
        foreach (var name in (string[])["office--clerk-1", "office--clerk-2", "library--clerk-1", "library--clerk-2", "clerk-3", "cs-assistant"])
            Assert.True(Site.Has($"api/classes/{name}.json"), name);

        Assert.False(Site.Has("api/classes/clerk-1.json"));
        Assert.Contains("\"title\":\"Library Clerk 1\"", Site.Page("api/classes/library--clerk-1.json"));
        // Each series' bundle holds its own twin; the compare page finds it by series and slug.
        Assert.Contains("\"title\":\"Office Clerk 1\"", Site.Page("api/series/office.js"));
        Assert.DoesNotContain("\"title\":\"Library Clerk 1\"", Site.Page("api/series/office.js"));
    }

    [Fact]
    public void The_compare_page_and_class_pages_pick_twins_by_their_data_file_names()
    {
        var compare = Site.Page("compare/index.html");
        Assert.Contains("<optgroup label=\"Office Series\" data-series=\"office\">", compare);
        Assert.Contains("<option value=\"office--clerk-1\">Office Clerk 1 (5001)</option>", compare);
        Assert.Contains("<option value=\"library--clerk-1\">Library Clerk 1 (6001)</option>", compare);
        Assert.Contains("<option value=\"clerk-3\">Library Clerk 3 (6003)</option>", compare);
        Assert.Contains("compare/index.html?a=library--clerk-1\"", Site.Page("series/library/clerk-1/index.html"));
        Assert.Contains("compare/index.html?a=clerk-3\"", Site.Page("series/library/clerk-3/index.html"));
    }

    [Fact]
    public void A_short_link_to_a_shared_slug_is_a_page_listing_its_classes_with_title_series_and_code()
    {
        var page = Site.Page("c/clerk-1/index.html");
        var text = Html.TextOf(page);

        Assert.Contains("Classes named “clerk-1”", text);
        foreach (var (title, series, code, url) in new[]
                 {
                     ("Office Clerk 1", "Office Series", "5001", "series/office/clerk-1/index.html"),
                     ("Library Clerk 1", "Library Series", "6001", "series/library/clerk-1/index.html"),
                 })
        {
            Assert.Contains(title, text);
            Assert.Contains(series, text);
            Assert.Contains(code, text);
            Assert.Contains($"href=\"../../{url}\"", page);
        }

        Assert.True(Site.Has("c/clerk-2/index.html"));
        Assert.False(Site.Has("c/clerk-3/index.html"));
    }

    [Fact]
    public void A_shared_slug_that_is_also_a_class_code_leaves_its_short_link_to_the_code()
    {
        // Two series have a class file 5001.md, and Office Clerk 1's code is 5001: /c/5001 leads to Office Clerk 1.
        var site = TwinSlugSite.Build()
            .With("series/office/5001.md", TwinSlugSite.Clerk("Office Clerk 4", "5004", 3))
            .With("series/library/5001.md", TwinSlugSite.Clerk("Library Clerk 4", "6004", 4))
            .BuildClean();

        Assert.False(site.Has("c/5001/index.html"));
        Assert.Contains("/c/5001  /series/office/clerk-1/  301\n", site.Page("_redirects"));
        Assert.True(site.Has("api/classes/office--5001.json"));
    }

    [Fact]
    public void Redirects_keep_codes_and_unique_slugs_and_leave_shared_slugs_to_their_page()
    {
        var redirects = Site.Page("_redirects");

        Assert.Contains("/c/5001  /series/office/clerk-1/  301\n", redirects);
        Assert.Contains("/c/6001  /series/library/clerk-1/  301\n", redirects);
        Assert.Contains("/c/clerk-3  /series/library/clerk-3/  301\n", redirects);
        Assert.DoesNotContain("/c/clerk-1 ", redirects);
        Assert.DoesNotContain("/c/clerk-2 ", redirects);
    }

    [Fact]
    public void The_career_map_draws_each_twin_on_its_own_ladder()
    {
        var map = Site.Page("career-map/index.html");

        Assert.Contains("series/office/clerk-1/index.html", map);
        Assert.Contains("series/library/clerk-1/index.html", map);
    }
}
