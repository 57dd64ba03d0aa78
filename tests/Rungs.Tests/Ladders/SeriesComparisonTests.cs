using Rungs.Content;
using Rungs.Ladders;
using Rungs.Tests.Support;

namespace Rungs.Tests.Ladders;

/// <summary>Given the sample site, a series' comparison shows every level side by side, as its source documents do.</summary>
public sealed class SeriesComparisonTests
{
    private static SeriesComparison Of(string series) =>
        SeriesComparison.Of(SampleContent.Result.Site!, SampleContent.Result.Site!.SeriesBySlug[series]);

    [Fact]
    public void The_four_level_table_of_the_Customer_Service_Representative_Series_is_reproduced_row_for_row()
    {
        var rows = Of("customer-service-representative").Attributes
            .Select(r => $"{r.Label}: {string.Join(" | ", r.Cells.Select(c => c.Value))}").ToList();

        Assert.Equal(
        [
            "HRIS title: CUST SVC REP 1 | CUST SVC REP 2 | CUST SVC REP 3 | CUST SVC REP 4",
            "Job title: Customer Service Representative 1 | Customer Service Representative 2 | Customer Service Representative 3 | Customer Service Representative 4",
            "Job code: AUN04477 | AUN04112 | AUN08330 | AUN04786",
            "Pay grade: 13 | 15 | 16 | 17",
            "FLSA status: Non-exempt | Non-exempt | Non-exempt | Non-exempt",
            "Supervision exercised: None | None | May perform in a lead capacity | May perform in a lead capacity or serve as back up supervisor",
            "Supervision received: Close supervision | General supervision | Minimal supervision | Minimal supervision",
            "Budgetary responsibility: None | None | None | None",
            "Decision-making authority: Follows written and verbal instructions | Follows established guidelines | Interprets policies and procedures | Interprets policies and procedures",
            "Education and Experience: None | None | None | None",
            "Licensure / certification: None | None | None | Some positions may require specialized certification",
            "Other selective preferences: Varies by position | Varies by position | Varies by position | Varies by position",
        ], rows.Where(r => !r.StartsWith("Detailed Duties", StringComparison.Ordinal)));
        Assert.StartsWith("Detailed Duties and Responsibilities: Performs entry level customer service activities",
            rows.Single(r => r.StartsWith("Detailed Duties", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_differs_from_the_level_below_is_marked_as_changed()
    {
        var grade = Of("customer-service-representative").Attributes.Single(r => r.Attribute.Id == "grade");

        Assert.Equal([false, true, true, true], grade.Cells.Select(c => c.Changed));
        var flsa = Of("customer-service-representative").Attributes.Single(r => r.Attribute.Id == "flsa");
        Assert.All(flsa.Cells, c => Assert.False(c.Changed));
    }

    [Fact]
    public void In_the_Customer_Service_Series_Supervision_first_appears_at_Level_III()
    {
        var ksas = Of("customer-service").Ksas;

        var supervision = ksas.Single(r => r.Item.Slug == "supervision");
        Assert.Equal([(false, false), (false, false), (true, true)], supervision.Cells.Select(c => (c.Present, c.New)));
        Assert.All(ksas.Where(r => r.Item.Slug != "supervision"), r => Assert.All(r.Cells, c => Assert.Equal((true, false), (c.Present, c.New))));
        Assert.Equal("supervision", ksas[^1].Item.Slug);
    }

    [Fact]
    public void Duties_of_lower_levels_are_shown_as_included_rather_than_copied()
    {
        var duties = Of("customer-service").Duties;

        Assert.Equal([(16, null, 0), (9, "customer-service-assistant", 16), (11, "customer-service-representative", 25)],
            duties.Select(d => (d.Own.Count, d.InheritsFrom?.Slug, d.InheritedCount)));
    }

    [Fact]
    public void The_comparison_page_shows_the_matrix_with_the_new_KSA_highlighted_and_links_each_level_step()
    {
        var page = new BuiltSite(SampleContent.Result).Page("series/customer-service/compare/index.html");

        Assert.Contains("""<td class="present new"><span aria-hidden="true">●</span><span class="visually-hidden">Required</span> <span class="tag tag-new">New</span>""", page);
        Assert.Contains("""href="../../../series/customer-service/compare/customer-service-assistant..customer-service-representative/index.html">""", page);
        Assert.Contains("Includes the work of", page);
        Assert.Contains("""<tr data-attribute="grade">""", new BuiltSite(SampleContent.Result).Page("series/customer-service-representative/compare/index.html"));
    }

    [Fact]
    public void Qualification_tables_inside_a_rule_are_compared_row_by_row()
    {
        var assistant = SampleContent.Result.Site!.FindClass("customer-service-assistant", null)!;

        var coursework = assistant.Body.First(SectionKind.MinimumQualifications)!.Items[1].Children[1];
        Assert.StartsWith("(b) college coursework", coursework.Text, StringComparison.Ordinal);
        Assert.Equal(["30 semester hours – 1 year (12 months)", "60 semester hours – 2 years (24 months)"], coursework.Children.Select(c => c.Text));
    }
}
