using Rungs.Tests.Support;

namespace Rungs.Tests.Status;

/// <summary>
/// Drafts (`status: draft` on a class or its series) are built only with `--drafts`: without it they are absent (no page,
/// not in search, sitemap or exports); with it they carry a "Draft — not in force" banner, noindex and a mark in lists.
/// </summary>
public class DraftTests
{
    private const string SpecialistPage = "series/cs/cs-specialist/index.html";

    private static TestSite WithDraft() => TestSite.Minimal()
        .With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 3, "status: draft"));

    [Fact]
    public void Without_drafts_a_draft_has_no_page_and_is_in_no_list_search_sitemap_or_export()
    {
        var result = StatusSites.Build(WithDraft(), drafts: false);
        Assert.Empty(result.Diagnostics);
        var built = new BuiltSite(result);

        Assert.False(built.Has(SpecialistPage));
        Assert.False(built.Has("api/classes/cs-specialist.json"));
        Assert.DoesNotContain(built.Paths, p => p.Contains("cs-specialist", StringComparison.Ordinal));
        foreach (var file in new[] { "sitemap.xml", "search/docs/0.js", "classes.csv", "classes/index.html", "series/cs/index.html", "_redirects" })
            Assert.DoesNotContain("CS Specialist", built.Page(file).Replace("cs-specialist", "", StringComparison.Ordinal).Replace("4810", "", StringComparison.Ordinal));
        Assert.DoesNotContain("4810", built.Page("_redirects"));
    }

    [Fact]
    public void With_drafts_a_draft_has_its_page_with_a_banner_and_noindex_and_is_marked_in_lists_and_search()
    {
        var built = StatusSites.BuildCleanWithDrafts(WithDraft());
        var page = built.Page(SpecialistPage);

        Assert.Contains("""<meta name="robots" content="noindex">""", page);
        Assert.Contains("<strong>Draft — not in force.</strong>", page);
        Assert.DoesNotContain("cs-specialist", built.Page("sitemap.xml"));
        Assert.Contains("CS Specialist (Draft)", built.Text("classes/index.html"));
        Assert.Contains("CS Specialist (Draft)", built.Text("series/cs/index.html"));
        Assert.Contains("\"z\":\"Draft\"", built.Page("search/docs/0.js"));
        Assert.Contains(",draft,", built.Page("classes.csv"));
        Assert.DoesNotContain("noindex", built.Page("series/cs/cs-assistant/index.html"));
    }

    [Fact]
    public void A_draft_series_makes_its_classes_drafts()
    {
        var site = TestSite.Minimal()
            .With("series/new/_series.md", "---\ntitle: New Series\nstatus: draft\n---\n")
            .With("series/new/new-clerk.md", StatusSites.Class("New Clerk", "9001", 1));

        var without = new BuiltSite(StatusSites.Build(site, drafts: false));
        var with = StatusSites.BuildCleanWithDrafts(site);

        Assert.False(without.Has("series/new/index.html"));
        Assert.False(without.Has("series/new/new-clerk/index.html"));
        Assert.Contains("noindex", with.Page("series/new/index.html"));
        Assert.Contains("Draft — not in force", with.Text("series/new/new-clerk/index.html"));
    }

    [Fact]
    public void A_site_without_drafts_builds_the_same_with_or_without_the_flag()
    {
        var site = TestSite.Minimal();
        var plain = StatusSites.Build(site, drafts: false).Files;
        var with = StatusSites.Build(site, drafts: true).Files;

        Assert.Equal(plain.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), with.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
    }
}
