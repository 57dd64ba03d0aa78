using Rungs.Tests.Support;

namespace Rungs.Tests.Validation;

/// <summary>
/// RUNGS006–RUNGS009: keys are known, required keys are present, values have their type and are allowed.
/// Each test adds one class file (series/cs/cs-specialist.md, level 3) or replaces one library file.
/// </summary>
public class FieldRuleTests
{
    private const string File = "content/series/cs/cs-specialist.md";

    private static Rungs.Pipeline.BuildResult BuildWithSpecialist(string text) =>
        TestSite.Minimal().With("series/cs/cs-specialist.md", text).Build();

    [Fact]
    public void RUNGS006_an_unknown_key_is_reported_at_the_key_with_the_closest_known_key()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            grde: "16"
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS006", File, 4, 1, "unknown key `grde`", "did you mean `grade`?"));
    }

    [Fact]
    public void RUNGS006_a_key_written_with_hyphens_suggests_the_underscored_key()
    {
        var result = TestSite.Minimal().With("site.yml", """
            title: Test Specs
            base-url: https://example.org/
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS006", "content/site.yml", 2, 1, "unknown key `base-url`", "did you mean `base_url`?"));
    }

    [Fact]
    public void RUNGS006_an_unknown_key_with_no_close_match_lists_the_known_keys()
    {
        var result = TestSite.Minimal().With("ksas/grammar.md", """
            ---
            title: Grammar
            colour: blue
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS006", "content/ksas/grammar.md", 3, 1, "unknown key `colour`",
                "known keys here: kind, summary, title"));
    }

    [Fact]
    public void RUNGS007_a_missing_title_is_reported_at_the_start_of_the_front_matter()
    {
        var result = BuildWithSpecialist("""
            ---
            level: 3
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS007", File, 1, 1, "the required key `title` is missing", "add a line `title: …` to the front matter"));
    }

    [Fact]
    public void RUNGS007_an_empty_title_is_reported_at_its_value()
    {
        var result = BuildWithSpecialist("""
            ---
            title: ""
            level: 3
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS007", File, 2, 8, "the required key `title` is empty", "give `title` a value"));
    }

    [Fact]
    public void RUNGS007_a_class_without_a_level_is_reported()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS007", File, 1, 1, "the required key `level` is missing", "add a line `level: …` to the front matter"));
    }

    [Fact]
    public void RUNGS007_a_site_yml_without_a_title_is_reported()
    {
        var result = TestSite.Minimal().With("site.yml", "organisation: Test University").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS007", "content/site.yml", 1, 1, "the required key `title` is missing", "add a line `title: …` to site.yml"));
    }

    [Fact]
    public void RUNGS007_a_nav_entry_without_a_url_is_reported_at_that_entry()
    {
        // Line 3: `  - title: Jobs` — the entry's fields start at column 5.
        var result = TestSite.Minimal().With("site.yml", """
            title: Test Specs
            nav:
              - title: Jobs
            """).Build();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS007", "content/site.yml", 3, 5, "the required key `url` is missing"),
            (d.Code, d.Position.Path, d.Position.Line, d.Position.Column, d.Message));
    }

    [Fact]
    public void RUNGS008_a_level_in_words_is_reported_at_the_value()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: two
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", File, 3, 8, "`level` must be a whole number, not \"two\"", "write the number without quotes, e.g. `level: 2`"));
    }

    [Theory]
    [InlineData("III", 3)]
    [InlineData("iv", 4)]
    [InlineData("Xx", 20)]
    [InlineData("\"II\"", 2)]
    public void RUNGS008_a_level_in_roman_numerals_is_reported_at_the_value_with_a_hint_to_use_level_label(string written, int number)
    {
        var result = BuildWithSpecialist($"""
            ---
            title: CS Specialist
            level: {written}
            ---
            """);

        var roman = written.Trim('"');
        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", File, 3, 8, $"`level` must be a whole number, not \"{roman}\"",
                $"write the level as a number and the numeral as its label: `level: {number}` and `level_label: {roman}`"));
    }

    [Theory]
    [InlineData("XXI")]
    [InlineData("IIII")]
    [InlineData("vix")]
    public void RUNGS008_a_word_that_is_not_a_roman_numeral_from_I_to_XX_keeps_the_plain_hint(string written)
    {
        var result = BuildWithSpecialist($"""
            ---
            title: CS Specialist
            level: {written}
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", File, 3, 8, $"`level` must be a whole number, not \"{written}\"", "write the number without quotes, e.g. `level: 2`"));
    }

    [Fact]
    public void RUNGS008_a_date_in_US_format_is_reported_with_the_expected_format()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            effective: 08/15/10
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", File, 4, 12, "`effective` must be a date written YYYY-MM-DD, not \"08/15/10\"",
                "e.g. `effective: 2010-08-15` for 15 August 2010"));
    }

    [Fact]
    public void RUNGS008_a_yes_no_field_with_another_value_is_reported()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            includes_lower_level_work: sometimes
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", File, 4, 28, "`includes_lower_level_work` must be true or false",
                "write `includes_lower_level_work: true` or `includes_lower_level_work: false`"));
    }

    [Fact]
    public void RUNGS008_a_text_field_given_a_list_is_reported()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            grade: [16, 17]
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS008", File, 4, 8, "`grade` must be text, but it is a list", "write it on one line, e.g. `grade: …`"));
    }

    [Theory]
    [InlineData("series/cs/cs-specialist.md", "ksas")]
    [InlineData("series/cs/cs-specialist.md", "competencies")]
    [InlineData("series/cs/cs-specialist.md", "differs_from")]
    [InlineData("series/cs/cs-specialist.md", "promotes_to")]
    [InlineData("series/cs/cs-specialist.md", "aliases")]
    [InlineData("series/cs/cs-specialist.md", "example_positions")]
    [InlineData("series/cs/cs-specialist.md", "redirect_from")]
    [InlineData("series/cs/_series.md", "ksas")]
    [InlineData("series/cs/_series.md", "competencies")]
    [InlineData("job-models/client-service.md", "example_positions")]
    [InlineData("job-models/client-service.md", "competencies")]
    [InlineData("job-models/client-service.md", "classes")]
    public void RUNGS008_a_single_value_where_a_list_is_expected_is_a_type_error_at_the_value(string path, string key)
    {
        var result = TestSite.Minimal().With(path, $"""
            ---
            title: Some Title
            level: 3
            {key}: 5
            ---
            """).Build();

        // Only the type error: the 5 is not taken for a slug that then cannot be found, nor for a text.
        var d = Assert.Single(result.Diagnostics, d => d.Code != "RUNGS006");
        Assert.Equal(("RUNGS008", "content/" + path, 4, key.Length + 3, $"`{key}` must be a list, but it is a single value",
                $"write it as a list, e.g. `{key}: [first, second]`"),
            (d.Code, d.Position.Path, d.Position.Line, d.Position.Column, d.Message, d.Hint));
    }

    [Fact]
    public void RUNGS009_an_flsa_status_that_is_not_allowed_suggests_the_closest_allowed_one()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            flsa: exmpt
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", File, 4, 7, "`flsa` must be one of exempt, non-exempt, not \"exmpt\"", "did you mean `exempt`?"));
    }

    [Fact]
    public void RUNGS009_an_flsa_status_rungs_does_not_know_is_reported_at_the_value_with_a_hint_to_declare_a_field()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            flsa: Covered (overtime eligible)
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", File, 4, 7, "`flsa` must be one of exempt, non-exempt, not \"Covered (overtime eligible)\"",
                "`flsa` holds only the two FLSA statuses; to record another status, declare a field of your own in site.yml `fields:` (e.g. `overtime_status: { label: Overtime status, type: text }`) and write the value there"));
    }

    [Fact]
    public void RUNGS009_a_date_that_does_not_exist_is_reported_at_the_value()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 3
            effective: 2010-13-45
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", File, 4, 12, "`effective` is not a real date: 2010-13-45", "check the month (01–12) and the day"));
    }

    [Fact]
    public void RUNGS009_level_zero_is_reported()
    {
        var result = BuildWithSpecialist("""
            ---
            title: CS Specialist
            level: 0
            ---
            """);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", File, 3, 8, "`level` must be 1 or more, not 0", null));
    }

    [Fact]
    public void RUNGS009_a_KSA_kind_that_is_not_allowed_suggests_the_closest_allowed_one()
    {
        var result = TestSite.Minimal().With("ksas/grammar.md", """
            ---
            title: Grammar
            kind: skil
            ---
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", "content/ksas/grammar.md", 3, 7, "`kind` must be one of knowledge, skill, ability, not \"skil\"", "did you mean `skill`?"));
    }

    [Fact]
    public void Allowed_values_are_accepted_in_any_letter_case()
    {
        var site = TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 3
            flsa: Non-Exempt
            ---
            """).BuildClean();

        Assert.Equal("Non-exempt", Html.Fact(site.Page("series/cs/cs-specialist/index.html"), "flsa"));
    }
}
