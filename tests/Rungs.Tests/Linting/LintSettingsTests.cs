using Rungs.Tests.Support;

namespace Rungs.Tests.Linting;

/// <summary>RUNGS050: site.yml `lint:` names known rules and options and gives them values they take, or the build fails there.</summary>
public sealed class LintSettingsTests
{
    private const string Rules = "gendered_wording, falling_grade, repeated_item, missing_in_series, effective_date, long_item";

    [Fact]
    public void An_unknown_rule_is_an_error_at_its_name_listing_the_rules()
    {
        var result = Lint.Build(TestSite.Minimal().WithSettings("lint:\n  gendered_words: off\n  spelling: error"));

        Expect.Diagnostics(result,
            Expect.Error("RUNGS050", "content/site.yml", 5, 3, $"unknown lint rule `gendered_words`; the rules are {Rules}", "did you mean `gendered_wording`?"),
            Expect.Error("RUNGS050", "content/site.yml", 6, 3, $"unknown lint rule `spelling`; the rules are {Rules}",
                "docs/content-model.md, \"Lints\", says what each rule finds"));
    }

    [Fact]
    public void A_level_other_than_off_warning_or_error_is_an_error_at_the_value()
    {
        var result = Lint.Build(TestSite.Minimal().WithSettings("lint:\n  long_item: warn\n  falling_grade: { level: fatal }"));

        Expect.Diagnostics(result,
            Expect.Error("RUNGS050", "content/site.yml", 5, 14, "lint rule `long_item` must be off, warning or error, not \"warn\"", "did you mean `warning`?"),
            Expect.Error("RUNGS050", "content/site.yml", 6, 27, "lint rule `falling_grade` must be off, warning or error, not \"fatal\"", null));
    }

    [Fact]
    public void An_unknown_option_or_an_option_that_is_not_a_whole_number_is_an_error()
    {
        var result = Lint.Build(TestSite.Minimal().WithSettings("lint:\n  long_item: { words: many, lines: 3 }\n  falling_grade: { years: 2 }"));

        Expect.Diagnostics(result,
            Expect.Error("RUNGS050", "content/site.yml", 5, 23, "`words` of lint rule `long_item` must be a whole number of at least 1, not \"many\"",
                "e.g. `words: 80` (the default)"),
            Expect.Error("RUNGS050", "content/site.yml", 5, 29, "lint rule `long_item` has no option `lines`", "its options are `level`, `words`"),
            Expect.Error("RUNGS050", "content/site.yml", 6, 20, "lint rule `falling_grade` has no option `years`", "its options are `level`"));
    }

    [Fact]
    public void A_rule_set_to_a_list_is_an_error()
    {
        var result = Lint.Build(TestSite.Minimal().WithSettings("lint:\n  long_item: [off]"));

        Expect.Diagnostics(result,
            Expect.Error("RUNGS050", "content/site.yml", 5, 14, "lint rule `long_item` must be set to off, warning or error",
                "e.g. `long_item: off`, or `long_item: { level: warning, words: 80 }`"));
    }
}
