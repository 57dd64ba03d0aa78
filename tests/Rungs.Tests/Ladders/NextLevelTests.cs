using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;
using Rungs.Tests.Support;

namespace Rungs.Tests.Ladders;

/// <summary>Given the sample site, every class that has a next level says what changes to reach it, traceably to the spec text.</summary>
public sealed class NextLevelTests
{
    private static ClassDiff Step(string from)
    {
        var site = SampleContent.Result.Site!;
        var spec = site.FindClass(from, null)!;
        return ClassDiff.Compare(site, spec, site, site.LadderOf(spec).Above(spec)!, identity: false);
    }

    [Fact]
    public void From_Representative_2_to_3_the_grade_supervision_and_decision_authority_change()
    {
        var fields = Step("customer-service-representative-2").Fields.Select(f => $"{f.Label}: {f.Before} → {f.After}");

        Assert.Equal(
        [
            "Pay grade: 15 → 16",
            "Supervision exercised: None → May perform in a lead capacity",
            "Supervision received: General supervision → Minimal supervision",
            "Decision-making authority: Follows established guidelines → Interprets policies and procedures",
        ], fields);
    }

    [Fact]
    public void Titles_and_codes_are_not_listed_as_changes_between_levels()
    {
        Assert.DoesNotContain(Step("customer-service-representative-2").Fields, f => f.Id is "title" or "code" or "hris-title");
    }

    [Fact]
    public void From_Representative_to_Specialist_Supervision_is_added_and_a_year_as_a_Representative_is_required()
    {
        var step = Step("customer-service-representative");

        Assert.Equal(["supervision"], step.Ksas.Added.Select(k => k.Slug));
        Assert.Empty(step.Ksas.Removed);
        var rules = step.Sections.Single(s => s.Kind == SectionKind.MinimumQualifications);
        var added = Assert.Single(rules.Items, i => i.Change == ItemChange.Added);
        Assert.Equal("One (1) year (12 months) of work experience comparable to that gained as a Customer Service Representative", added.After);
    }

    [Fact]
    public void A_reworded_duty_shows_word_level_changes_instead_of_a_removal_and_an_addition()
    {
        var duties = Step("customer-service-assistant").Sections.Single(s => s.Kind == SectionKind.Duties);

        var responds = duties.Items.Single(i => i.After?.StartsWith("responds to complex inquiries", StringComparison.Ordinal) == true);
        Assert.Equal(ItemChange.Reworded, responds.Change);
        Assert.Contains(new WordSegment(WordChange.Removed, "routine"), responds.Words);
        Assert.Contains(new WordSegment(WordChange.Added, "complex"), responds.Words);
    }

    [Fact]
    public void Duties_of_the_lower_level_carry_over_when_the_next_level_includes_its_work()
    {
        var duties = Step("customer-service-assistant").Sections.Single(s => s.Kind == SectionKind.Duties);

        Assert.DoesNotContain(duties.Items, i => i.Change == ItemChange.Removed);
        Assert.Equal(11, duties.Inherited.Count);
        Assert.Contains("balances daily transactions", duties.Inherited);
    }

    [Fact]
    public void Without_included_lower_level_work_an_unmatched_duty_is_a_removal()
    {
        var site = SampleContent.Result.Site!;
        var diff = ClassDiff.Compare(site, site.FindClass("customer-service-specialist", null)!, site, site.FindClass("customer-service-assistant", null)!);

        Assert.Empty(diff.Sections.Single(s => s.Kind == SectionKind.Duties).Inherited);
        Assert.Contains(diff.Sections.Single(s => s.Kind == SectionKind.Duties).Items, i => i.Change == ItemChange.Removed);
    }

    [Fact]
    public void The_class_page_says_in_one_click_what_the_next_level_asks()
    {
        var site = new BuiltSite(SampleContent.Result);
        var page = site.Page("series/customer-service-representative/customer-service-representative-2/index.html");

        Assert.Contains("What it takes to reach Customer Service Representative 3", page);
        Assert.Contains("""<div data-field="grade">""", page);
        Assert.Contains("""<span class="before">15</span>""", page);
        Assert.Contains("""<span class="after">16</span>""", page);
        Assert.Contains("""href="../../../series/customer-service-representative/compare/customer-service-representative-2..customer-service-representative-3/index.html">See the full comparison</a>""", page);
    }

    [Fact]
    public void The_top_level_has_no_next_level_view_but_links_to_the_compare_page()
    {
        var page = new BuiltSite(SampleContent.Result).Page("series/customer-service/customer-service-specialist/index.html");

        Assert.DoesNotContain("What it takes to reach", page);
        Assert.Contains("""href="../../../compare/index.html?a=customer-service-specialist">Compare this class with any other class</a>""", page);
    }

    [Fact]
    public void The_step_page_works_without_JavaScript_and_marks_removed_and_added_words()
    {
        var page = new BuiltSite(SampleContent.Result).Page("series/customer-service/compare/customer-service-assistant..customer-service-representative/index.html");

        Assert.Contains("""<del><span class="visually-hidden">removed: </span>routine</del>""", page);
        Assert.Contains("""<ins><span class="visually-hidden">added: </span>complex</ins>""", page);
        Assert.Contains("includes the work of Customer Service Assistant, so its 11 other duties carry over", page);
    }
}
