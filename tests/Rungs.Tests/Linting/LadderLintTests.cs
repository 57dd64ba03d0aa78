using Rungs.Tests.Support;

namespace Rungs.Tests.Linting;

/// <summary>
/// The lints that compare the levels of a series: RUNGS052 `falling_grade`, RUNGS053 `repeated_item` and RUNGS054
/// `missing_in_series`.
/// </summary>
public sealed class LadderLintTests
{
    private static string Representative(string grade = "grade: \"15\"", string flsa = "flsa: exempt", string includes = "", string duties = "- resolves complex inquiries") => $"""
        ---
        title: CS Representative
        code: "4808"
        level: 2
        {grade}
        {flsa}
        {includes}
        ---

        ## Duties

        {duties}
        """;

    [Fact]
    public void RUNGS052_a_grade_lower_than_the_level_below_is_reported_at_the_grade()
    {
        var result = Lint.Build(TestSite.Minimal().With("series/cs/cs-representative.md", Representative(grade: "grade: \"12\"")));

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS052", "content/series/cs/cs-representative.md", 5, 8, "grade 12 is lower than grade 13 of CS Assistant, the level below",
                Lint.Hint("check both grades: a higher level is normally graded at least as high as the one below it", "falling_grade")));
    }

    [Fact]
    public void RUNGS052_grades_that_are_not_both_numbers_are_not_compared()
    {
        Assert.Empty(Lint.Build(TestSite.Minimal().With("series/cs/cs-representative.md", Representative(grade: "grade: \"SG-12\""))).Diagnostics);
        Assert.Empty(Lint.Build(TestSite.Minimal().With("series/cs/cs-representative.md", Representative(grade: "grade: \"13\""))).Diagnostics);
    }

    [Fact]
    public void RUNGS053_a_duty_repeated_word_for_word_from_the_level_below_is_reported_unless_the_class_includes_lower_level_work()
    {
        // The assistant's duty "answers routine inquiries from clients" is at line 19 of its file.
        var repeated = Representative(duties: "- resolves complex inquiries\n- Answers routine  inquiries from clients.");
        var result = Lint.Build(TestSite.Minimal().With("series/cs/cs-representative.md", repeated));

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS053", "content/series/cs/cs-representative.md", 13, 1,
                "this duty repeats word for word one of CS Assistant (content/series/cs/cs-assistant.md(19,1)), a lower level",
                Lint.Hint("say how the work differs at this level, or set `includes_lower_level_work: true` and keep only what this level adds", "repeated_item")));

        var declared = Representative(includes: "includes_lower_level_work: true", duties: "- resolves complex inquiries\n- answers routine inquiries from clients");
        Assert.Empty(Lint.Build(TestSite.Minimal().With("series/cs/cs-representative.md", declared)).Diagnostics);
    }

    [Fact]
    public void RUNGS054_a_class_without_the_grade_or_FLSA_status_the_rest_of_its_series_has_is_reported_at_its_file()
    {
        var result = Lint.Build(TestSite.Minimal().With("series/cs/cs-representative.md", Representative(grade: "", flsa: "")));

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS054", "content/series/cs/cs-representative.md", 1, 1, "CS Representative has no `flsa`, though every other class of its series has an FLSA status",
                Lint.Hint("add `flsa: …` to the front matter", "missing_in_series")),
            Expect.Warning("RUNGS054", "content/series/cs/cs-representative.md", 1, 1, "CS Representative has no `grade`, though every other class of its series has a pay grade",
                Lint.Hint("add `grade: …` to the front matter", "missing_in_series")));
    }

    [Fact]
    public void RUNGS054_a_series_where_no_class_has_a_grade_is_not_reported()
    {
        var site = TestSite.Minimal()
            .With("series/cs/cs-assistant.md", "---\ntitle: CS Assistant\nlevel: 1\n---\n")
            .With("series/cs/cs-representative.md", Representative(grade: "", flsa: ""));

        Assert.Empty(Lint.Build(site).Diagnostics);
    }
}
