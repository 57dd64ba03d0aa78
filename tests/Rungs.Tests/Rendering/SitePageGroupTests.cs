using Rungs.Rendering;
using Rungs.Rendering.Views;
using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>The full build renders the site pages one group each; the dev server renders them as one group: both must plan the same pages.</summary>
public sealed class SitePageGroupTests
{
    [Fact]
    public void The_site_pages_one_group_each_are_the_site_group_in_order()
    {
        var site = SampleContent.Result.Site!;
        var cards = new ClassCards(site);

        var onePerGroup = PagePlanner.SitePageGroups.SelectMany(g => PagePlanner.Plan(site, g, cards)).Select(p => p.Path).ToList();
        var whole = PagePlanner.Plan(site, PageGroup.Site, cards).Select(p => p.Path).ToList();

        Assert.Equal(whole, onePerGroup);
        Assert.Equal(onePerGroup.Count, onePerGroup.Distinct().Count());
        // Each group is one page, but for the short-link pages of shared class slugs (one per slug), the pay pages (a site
        // with pay scales) and a large site's maps and further series index pages: none on the sample site.
        Assert.All(PagePlanner.SitePageGroups.Where(g => g.Slug is not ("short-links" or "pay" or "career-maps" or "series-index-pages")),
            g => Assert.Single(PagePlanner.Plan(site, g, cards)));
        Assert.Equal(PagePlanner.SitePageGroups, PagePlanner.Groups(site).Where(g => g.Kind == PageGroupKind.Site));
        Assert.Empty(PagePlanner.Plan(site, PageGroup.SitePage("no-such-page"), cards));
    }
}
