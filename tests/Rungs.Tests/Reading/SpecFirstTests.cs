using Rungs.Tests.Support;

namespace Rungs.Tests.Reading;

/// <summary>
/// Given the minimal test site (CS Assistant, level 1, below CS Representative, level 2), the assistant's class page
/// shows its own spec first, and what it takes to reach the next level after it, in brief.
/// </summary>
public class SpecFirstTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => TestSite.Minimal().BuildClean());
    private const string Assistant = "series/cs/cs-assistant/index.html";

    [Fact]
    public void The_spec_comes_first_then_the_next_level_then_the_definitions()
    {
        var page = Site.Value.Page(Assistant);

        string[] order = ["<h1>", "id=\"at-a-glance\"", "id=\"summary\"", "id=\"duties\"", "id=\"next-level\"", "id=\"linked-ksas\"", "id=\"linked-competencies\""];
        var positions = order.Select(marker => page.IndexOf(marker, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_next_level_is_summed_up_in_counts_with_a_link_to_the_full_step_page()
    {
        var next = Html.Element(Site.Value.Page(Assistant), "section", "aria-labelledby=\"next-level\"");

        Assert.Contains("What it takes to reach CS Representative", next);
        // Grade 13 → 15 is a field that changes; the duties are counted, not listed word by word.
        Assert.Contains("""<span class="before">13</span>""", next);
        Assert.Contains("""<span class="after">15</span>""", next);
        Assert.Contains("""<li data-summary="duties"><span class="diff-summary-title">Duties</span> <span class="tag tag-added">1 added</span>""", next);
        Assert.DoesNotContain("class=\"item-diff\"", next);
        Assert.DoesNotContain("resolves complex inquiries", next);
        Assert.Contains("""href="../../../series/cs/compare/cs-assistant..cs-representative/index.html">See the full comparison</a>""", next);
    }
}
