using Rungs.Tests.Support;

namespace Rungs.Tests.Linting;

/// <summary>RUNGS055 `effective_date` (compared with the build's date) and RUNGS056 `long_item`.</summary>
public sealed class ItemAndDateLintTests
{
    // cs-assistant.md has `effective: 2010-08-15` at line 8, value at column 12.
    private const string Assistant = "content/series/cs/cs-assistant.md";

    // The minimal site turns this lint off (its fixtures are old); these tests use its files with default settings.
    private static TestSite Dated() => TestSite.Minimal().WithSettings("");

    [Fact]
    public void RUNGS055_an_effective_date_more_than_ten_years_before_today_is_stale()
    {
        var result = Lint.Build(Dated(), today: new DateOnly(2026, 6, 1));

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS055", Assistant, 8, 12, "the effective date 2010-08-15 is more than 10 years before today (2026-06-01)",
                Lint.Hint("review the spec and update `effective`, or allow older specs with `effective_date: { years: 16 }`", "effective_date")));
    }

    [Fact]
    public void RUNGS055_the_number_of_years_is_an_option()
    {
        var site = TestSite.Minimal().WithSettings("lint:\n  effective_date: { level: warning, years: 20 }");

        Assert.Empty(Lint.Build(site, today: new DateOnly(2026, 6, 1)).Diagnostics);
        Assert.Single(Lint.Build(site, today: new DateOnly(2030, 8, 16)).Diagnostics);
    }

    [Fact]
    public void RUNGS055_an_effective_date_after_today_is_in_the_future()
    {
        var result = Lint.Build(Dated(), today: new DateOnly(2010, 8, 14));

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS055", Assistant, 8, 12, "the effective date 2010-08-15 is in the future (today is 2010-08-14)",
                Lint.Hint("check the date; a spec that is not yet in force can wait on a branch until it is", "effective_date")));
        Assert.Empty(Lint.Build(Dated(), today: new DateOnly(2010, 8, 15)).Diagnostics);
    }

    [Fact]
    public void A_library_build_given_no_date_runs_no_lints()
    {
        var site = TestSite.Minimal().With("ksas/grammar.md", "---\ntitle: Grammar\nsummary: Write so that he/she understands.\n---\n");

        Assert.Empty(site.Build().Diagnostics);
        Assert.Single(Lint.Build(site).Diagnostics);
    }

    [Fact]
    public void RUNGS056_a_duty_over_80_words_is_reported_at_the_item_and_the_limit_is_an_option()
    {
        var duty = string.Join(' ', Enumerable.Repeat("word", 81));
        var site = TestSite.Minimal().With("series/cs/cs-representative.md", $"""
            ---
            title: CS Representative
            code: "4808"
            level: 2
            grade: "15"
            flsa: exempt
            ---

            ## Duties

            - {duty}
            """);

        Expect.Diagnostics(Lint.Build(site),
            Expect.Warning("RUNGS056", "content/series/cs/cs-representative.md", 11, 1, "this duty is 81 words long, more than 80",
                Lint.Hint("split it into shorter items, or allow longer ones with `long_item: { words: 81 }`", "long_item")));
        Assert.Empty(Lint.Build(site.WithSettings("lint: { long_item: { words: 81 } }")).Diagnostics);
    }

    [Fact]
    public void A_long_item_counts_words_as_a_split_on_whitespace_does()
    {
        // The count runs over every duty and KSA of a build without making a string per word; it must agree with the split.
        string[] pieces = ["word", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "é", "-", "a/b", "", "\r\n"];
        var random = new Random(3);
        var compared = 0;
        for (var n = 0; n < 10_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, Rungs.Linting.LongItem.Words(text));
            compared++;
        }

        Assert.Equal(10_000, compared);
    }
}
