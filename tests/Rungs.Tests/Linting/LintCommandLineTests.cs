using Rungs.Tests.Support;

namespace Rungs.Tests.Linting;

/// <summary>The lints as a user meets them: `rungs check` and `rungs build` print them, `--today` pins the date, CI fails on them.</summary>
public sealed class LintCommandLineTests
{
    private static readonly Dictionary<string, string> NoGit = new() { ["GIT_CEILING_DIRECTORIES"] = Path.GetTempPath().TrimEnd('/') };

    [Fact]
    public void Check_with_the_github_format_prints_a_lint_as_a_warning_annotation_at_its_position()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().With("ksas/grammar.md", "---\ntitle: Grammar\nsummary: Write so that he/she understands.\n---\n").WriteTo(dir.Combine("content"));

        var run = RungsCli.Exec(dir.Path, NoGit, "check", "--content", "content", "--format", "github", "--quiet", "--today", "2015-01-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("::warning file=content/ksas/grammar.md,line=3,col=24,title=RUNGS051::\"he/she\" is gendered wording%0Ahint: write \"they\" instead " +
            "(lint `gendered_wording`: site.yml `lint:` sets it to off, warning or error)\n", run.Stdout);
    }

    [Fact]
    public void The_effective_date_lint_compares_with_the_date_given_by_today_and_fails_a_build_with_warnings_as_errors()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WithSettings("").WriteTo(dir.Combine("content"));

        var recent = RungsCli.Exec(dir.Path, NoGit, "build", "--content", "content", "--output", "out", "--warnings-as-errors", "--today", "2015-01-01");
        Assert.Equal(0, recent.ExitCode);

        var later = RungsCli.Exec(dir.Path, NoGit, "build", "--content", "content", "--output", "out", "--warnings-as-errors", "--today", "2030-01-01");
        Assert.Equal(1, later.ExitCode);
        Assert.Contains("content/series/cs/cs-assistant.md(8,12): warning RUNGS055: the effective date 2010-08-15 is more than 10 years before today (2030-01-01)", later.Stderr);
    }

    [Fact]
    public void A_build_on_another_day_is_up_to_date_when_no_lint_reads_the_date()
    {
        using var dir = new TempDirectory();
        // The minimal site turns the effective-date lint off: no finding can depend on the day.
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        var first = RungsCli.Exec(dir.Path, NoGit, "build", "--content", "content", "--output", "out", "--today", "2026-12-07");
        var nextDay = RungsCli.Exec(dir.Path, NoGit, "build", "--content", "content", "--output", "out", "--today", "2026-12-08");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, nextDay.ExitCode);
        Assert.Contains("Up to date", nextDay.Stdout);
    }

    [Fact]
    public void A_build_on_another_day_is_made_again_when_the_effective_date_lint_reads_the_date()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WithSettings("").WriteTo(dir.Combine("content"));

        var first = RungsCli.Exec(dir.Path, NoGit, "build", "--content", "content", "--output", "out", "--today", "2015-01-01");
        var sameDay = RungsCli.Exec(dir.Path, NoGit, "build", "--content", "content", "--output", "out", "--today", "2015-01-01");
        var nextDay = RungsCli.Exec(dir.Path, NoGit, "build", "--content", "content", "--output", "out", "--today", "2015-01-02");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Up to date", sameDay.Stdout);
        Assert.DoesNotContain("Up to date", nextDay.Stdout);
        Assert.Contains("Built ", nextDay.Stdout);
    }

    [Fact]
    public void A_today_that_is_not_a_date_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        var run = RungsCli.Exec(dir.Path, NoGit, "check", "--content", "content", "--today", "1 June 2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--today must be a date written YYYY-MM-DD, not \"1 June 2026\"", run.Stderr);
    }
}
