using Rungs.Rendering;
using Rungs.Rendering.Views;
using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>The full build renders the site pages one group each; the dev server renders them as one group: both must plan the same pages.</summary>
public sealed class SitePageGroupTests
{
    // The groups whose pages depend on the content: short links of shared class slugs (one per slug) and the pay pages
    // (the list and one grid per scale), the releases pages (none outside a git repository, as this in-memory build is);
    // and the all-classes table's later pages (beyond 500 classes); none of them on the sample site. (The career map and
    // the series index are one page each there, and a large site's overview, maps and A–Z pages.)
    private static readonly string[] Variable = ["short-links", "pay", "releases", "class-pages"];

    [Fact]
    public void A_site_with_pay_scales_plans_its_pay_pages_in_the_pay_group_as_in_the_site_group()
    {
        var site = Pay.PaySite.With().BuildClean().Result.Site!;
        var cards = new ClassCards(site);

        var pay = PagePlanner.Plan(site, PageGroup.SitePage("pay"), cards).Select(p => p.Path).ToList();

        Assert.Equal(["pay/index.html", "pay/classified/index.html"], pay);
        Assert.Equal(PagePlanner.SitePageGroups.SelectMany(g => PagePlanner.Plan(site, g, cards)).Select(p => p.Path),
            PagePlanner.Plan(site, PageGroup.Site, cards).Select(p => p.Path));
    }

    [Fact]
    public void The_site_pages_one_group_each_are_the_site_group_in_order()
    {
        var site = SampleContent.Result.Site!;
        var cards = new ClassCards(site);

        var onePerGroup = PagePlanner.SitePageGroups.SelectMany(g => PagePlanner.Plan(site, g, cards)).Select(p => p.Path).ToList();
        var whole = PagePlanner.Plan(site, PageGroup.Site, cards).Select(p => p.Path).ToList();

        Assert.Equal(whole, onePerGroup);
        Assert.Equal(onePerGroup.Count, onePerGroup.Distinct().Count());
        Assert.All(PagePlanner.SitePageGroups.Where(g => !Variable.Contains(g.Slug)), g => Assert.Single(PagePlanner.Plan(site, g, cards)));
        Assert.All(Variable, slug => Assert.Empty(PagePlanner.Plan(site, PageGroup.SitePage(slug), cards)));
        Assert.Equal(PagePlanner.SitePageGroups, PagePlanner.Groups(site).Where(g => g.Kind == PageGroupKind.Site));
        Assert.Empty(PagePlanner.Plan(site, PageGroup.SitePage("no-such-page"), cards));
    }
}
