using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>
/// A pay file (`pay/&lt;slug&gt;.yml`) is checked like every other file, each problem at its file, line and column:
/// unknown keys, a bad currency or period, min above max (RUNGS042), steps out of range or order (RUNGS042), a grade
/// listed twice (RUNGS043), a `pay_scale:` naming no file (RUNGS044), and a class graded outside its scale (RUNGS045, a warning).
/// </summary>
public class PayScaleRuleTests
{
    private const string PayFile = "content/pay/classified.yml";

    private static string Scale(string grades, string head = "title: Plan\ncurrency: USD\nperiod: year\n") => head + "grades:\n" + grades;

    [Fact]
    public void A_valid_scale_builds_clean()
    {
        PaySite.With().BuildClean();
    }

    [Fact]
    public void An_unknown_key_is_reported_at_the_key_with_the_closest_known_key()
    {
        var result = PaySite.With(Scale("  - { grade: \"13\", min: 1, max: 2 }\n  - { grade: \"15\", min: 1, max: 2, step: [1] }\n", "title: Plan\ncurrency: USD\nperiod: year\neffectve: 2026-07-01\n")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS006", PayFile, 4, 1, "unknown key `effectve`", "did you mean `effective`?"),
            Expect.Error("RUNGS006", PayFile, 7, 36, "unknown key `step`", "did you mean `steps`?"));
    }

    [Fact]
    public void A_currency_that_is_not_three_capital_letters_and_an_unknown_period_are_reported_at_their_values()
    {
        var result = PaySite.With(Scale("  - { grade: \"13\", min: 1, max: 2 }\n", "title: Plan\ncurrency: usd\nperiod: weekly\n")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", PayFile, 2, 11, "`currency` must be an ISO 4217 code of three capital letters, not \"usd\"", "write `currency: USD`"),
            Expect.Error("RUNGS009", PayFile, 3, 9, "`period` must be one of year, month, hour, not \"weekly\"", null));
    }

    [Fact]
    public void RUNGS042_a_min_above_its_max_is_reported_at_the_min()
    {
        var result = PaySite.With(Scale("  - { grade: \"13\", min: 60000, max: 51400 }\n  - { grade: \"15\", min: 1, max: 2 }\n")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS042", PayFile, 5, 25, "grade \"13\" has `min` 60000 above its `max` 51400", "swap the two figures, or correct the one that is wrong"));
    }

    [Fact]
    public void RUNGS042_a_step_outside_the_range_or_out_of_order_is_reported_at_the_step()
    {
        var result = PaySite.With(Scale("""
              - grade: "13"
                min: 100
                max: 200
                steps: [100, 250]
              - grade: "15"
                min: 100
                max: 200
                steps: [100, 150, 120]

            """)).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS042", PayFile, 8, 18, "the step 250 of grade \"13\" is outside its range 100–200", "each step lies between the grade's `min` and `max`"),
            Expect.Error("RUNGS042", PayFile, 12, 23, "the step 120 of grade \"15\" is not above the step before it (150)", "list the steps from lowest to highest, each once"));
    }

    [Fact]
    public void RUNGS043_a_grade_listed_twice_is_reported_at_the_second_and_leading_zeros_make_another_grade()
    {
        var result = PaySite.With(Scale("  - { grade: \"13\", min: 1, max: 2 }\n  - { grade: \"013\", min: 1, max: 2 }\n  - { grade: \"15\", min: 1, max: 2 }\n  - { grade: \"13\", min: 3, max: 4 }\n")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS043", PayFile, 8, 14, "the grade \"13\" is already listed at line 5", "list each grade once; a class is paid the one range its grade has"));
    }

    [Fact]
    public void RUNGS044_a_pay_scale_that_names_no_file_is_reported_where_it_is_named_with_the_closest_scale()
    {
        var result = PaySite.With()
            .With("series/cs/_series.md", "---\ntitle: Customer Service Series\npay_scale: clasified\n---\n")
            .With("site.yml", "title: Test Specs\npay_scale: management\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS044", "content/series/cs/_series.md", 3, 12, "no pay scale `clasified` (pay/clasified.yml)", "did you mean `classified`?"),
            Expect.Error("RUNGS044", "content/site.yml", 2, 12, "no pay scale `management` (pay/management.yml)", "the pay scales are classified"));
    }

    [Fact]
    public void RUNGS045_a_class_whose_grade_is_not_in_its_scale_is_a_warning_naming_both()
    {
        var result = PaySite.With(Scale("  - { grade: \"13\", min: 1, max: 2 }\n")).Build();

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS045", "content/series/cs/cs-representative.md", 6, 8,
                "the grade \"15\" of CS Representative is not in the pay scale `classified` (Plan), so its page shows no pay",
                "add grade \"15\" to content/pay/classified.yml, or name the class's scale with `pay_scale:`"));
    }

    [Fact]
    public void A_class_without_a_grade_gets_no_pay_and_no_warning()
    {
        var site = PaySite.With()
            .With("series/cs/cs-representative.md", "---\ntitle: CS Representative\ncode: \"4808\"\nlevel: 2\n---\n")
            .BuildClean();

        Assert.Null(Html.Fact(site.Page("series/cs/cs-representative/index.html"), "pay"));
    }
}
