using Rungs.Tests.Support;

namespace Rungs.Tests.Reading;

/// <summary>
/// Given the minimal test site (its series asking every class for a KSA and a competency), long pages (class, series, step and comparison pages) list their sections under
/// "On this page", each heading links to itself, and very long pages end with a link back to the top.
/// </summary>
public class PageContentsTests
{
    // The series asks every class for a KSA and a competency, so its page has four sections.
    private static readonly Lazy<BuiltSite> Site = new(() => TestSite.Minimal().With("series/cs/_series.md", """
        ---
        title: Customer Service Series
        summary: Customer service work from the entry level up.
        ksas: [grammar]
        competencies: [communication]
        ---

        ## Series Narrative

        Employees in this series serve campus clients.
        """).BuildClean());

    public static TheoryData<string> LongPages() => new()
    {
        "series/cs/cs-assistant/index.html",
        "series/cs/index.html",
        "series/cs/compare/cs-assistant..cs-representative/index.html",
        "series/cs/compare/index.html",
    };

    [Theory]
    [MemberData(nameof(LongPages))]
    public void A_long_page_lists_its_sections_and_every_entry_leads_to_a_heading_on_the_page(string path)
    {
        var page = Site.Value.Page(path);

        var contents = Html.Element(page, "nav", "class=\"page-contents\"");
        Assert.Contains("On this page", contents);
        var targets = Html.Links(contents).ToList();
        Assert.True(targets.Count >= 3, $"only {targets.Count} entries");
        var ids = Html.Ids(page);
        Assert.All(targets, t => Assert.Contains(t.TrimStart('#'), ids));
    }

    [Fact]
    public void The_class_page_contents_follow_the_page_order()
    {
        var contents = Html.Element(Site.Value.Page("series/cs/cs-assistant/index.html"), "nav", "class=\"page-contents\"");

        Assert.Equal(["#at-a-glance", "#summary", "#duties", "#next-level", "#paths-from-here", "#related-classes", "#linked-ksas", "#linked-competencies"], Html.Links(contents));
        Assert.Contains("<a href=\"#next-level\">What it takes to reach CS Representative</a>", contents);
    }

    [Fact]
    public void A_heading_has_a_link_to_itself_with_a_name_a_screen_reader_can_announce()
    {
        var page = Site.Value.Page("series/cs/cs-assistant/index.html");

        Assert.Contains(
            """<div class="anchored"><a class="anchor" href="#duties"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “Duties”</span></a><h2 id="duties">Duties</h2></div>""",
            page);
    }

    [Fact]
    public void A_short_page_has_no_contents_list()
    {
        Assert.DoesNotContain("page-contents", Site.Value.Page("ksas/grammar/index.html"));
    }

    [Fact]
    public void A_very_long_page_ends_with_a_link_back_to_its_top_and_a_shorter_one_does_not()
    {
        // Seven sections: at a glance, summary, duties, next level, related classes, KSAs and competencies.
        var longPage = Site.Value.Page("series/cs/cs-assistant/index.html");

        Assert.Contains("""<p class="back-to-top"><a href="#top">Back to top</a></p>""", longPage);
        Assert.Contains("""<article class="spec has-contents" id="top">""", longPage);
        Assert.DoesNotContain("back-to-top", Site.Value.Page("series/cs/compare/cs-assistant..cs-representative/index.html"));
    }
}
