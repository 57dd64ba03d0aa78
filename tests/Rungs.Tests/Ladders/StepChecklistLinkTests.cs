using Rungs.Tests.Support;

namespace Rungs.Tests.Ladders;

/// <summary>Every step page offers the step as a personal checklist: a link to the compare page with the pair in its checklist view.</summary>
public sealed class StepChecklistLinkTests
{
    [Fact]
    public void A_step_page_links_Make_this_my_checklist_to_the_compare_page_with_the_lower_and_higher_level()
    {
        var page = new BuiltSite(SampleContent.Result).Page("series/customer-service/compare/customer-service-representative..customer-service-specialist/index.html");

        Assert.Contains("""<a class="checklist-link" href="../../../../compare/index.html?a=customer-service-representative&amp;b=customer-service-specialist&amp;view=checklist">Make this my checklist</a>""", page);
    }

    [Fact]
    public void On_a_site_where_series_share_a_slug_the_link_names_each_class_as_the_compare_page_does()
    {
        var site = TwinSlugSite.Build().BuildClean();

        var page = site.Page("series/library/compare/clerk-2..clerk-3/index.html");

        Assert.Contains("""href="../../../../compare/index.html?a=library--clerk-2&amp;b=clerk-3&amp;view=checklist">Make this my checklist</a>""", page);
    }
}
