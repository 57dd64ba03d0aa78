using Rungs.Tests.Support;

namespace Rungs.Tests.Cli;

/// <summary>
/// What `rungs build` and `rungs check` print: `--quiet` (only problems), `--verbose` (counts and stage times), and never
/// colour codes or a progress display when the output is redirected or NO_COLOR is set. Run as child processes, so the
/// console really is redirected.
/// </summary>
public class ConsoleOutputTests
{
    private const string Escape = "\u001b[";

    private static CliRun Rungs(TempDirectory dir, TestSite site, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        site.WriteTo(dir.Combine("content"));
        var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            // No git above the temporary folder, so the history note is always the same.
            ["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(dir.Path)!,
        };
        return RungsCli.Exec(dir.Path, env, args);
    }

    [Fact]
    public void Quiet_prints_nothing_at_all_on_success()
    {
        using var dir = new TempDirectory();

        var build = Rungs(dir, TestSite.Minimal(), null, "build", "--content", "content", "--output", "site", "--quiet");
        var check = Rungs(dir, TestSite.Minimal(), null, "check", "--content", "content", "-q");

        Assert.Equal((0, "", ""), (build.ExitCode, build.Stdout, build.Stderr));
        Assert.Equal((0, "", ""), (check.ExitCode, check.Stdout, check.Stderr));
        Assert.True(File.Exists(dir.Combine("site", "index.html")));
    }

    [Fact]
    public void Quiet_still_prints_warnings_and_errors()
    {
        using var dir = new TempDirectory();

        var warned = Rungs(dir, TestSite.Minimal().With("notes/todo.md", "# todo\n"), null, "build", "--content", "content", "--output", "site", "--quiet");

        Assert.Equal(0, warned.ExitCode);
        Assert.Equal("", warned.Stdout);
        Assert.Contains(": warning RUNGS", warned.Stderr);

        using var bad = new TempDirectory();
        var failed = Rungs(bad, TestSite.Minimal().With("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: two\n---\n"), null,
            "build", "--content", "content", "--output", "site", "--quiet");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("", failed.Stdout);
        Assert.Contains(": error RUNGS", failed.Stderr);
        Assert.Contains("Failed with 1 error", failed.Stderr);
    }

    [Fact]
    public void Verbose_prints_what_the_site_holds_and_each_stage_time_then_the_summary()
    {
        using var dir = new TempDirectory();

        var run = Rungs(dir, TestSite.Minimal(), null, "build", "--content", "content", "--output", "site", "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("\n  1 series, 2 classes, 1 competency, 1 KSA, 1 job model\n", run.Stdout);
        foreach (var stage in new[] { "read inputs", "parse", "link", "templates", "pages", "planning (all threads)", "templates (all threads)", "search index (alongside pages)", "site files (alongside pages)", "sitemap", "links" })
            Assert.Matches($@"\n +{System.Text.RegularExpressions.Regex.Escape(stage)} +\d+ ms( +[\d,]+ MB allocated)?\n", run.Stdout);
        // What a stage allocated (all threads), and the collector's pauses with its collections per generation.
        Assert.Matches(@"\n +parse +\d+ ms +[\d,]+ MB allocated\n", run.Stdout);
        Assert.Matches(@"\n +GC pauses \(\d+/\d+/\d+\) +\d+ ms\n", run.Stdout);
        Assert.Matches(@"\nBuilt \d+ pages \(\d+ files\) into site in \d+\.\d\d s\.\n$", run.Stdout);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_a_usage_error()
    {
        using var dir = new TempDirectory();

        var run = Rungs(dir, TestSite.Minimal(), null, "build", "--content", "content", "--output", "site", "--quiet", "--verbose");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--quiet and --verbose cannot be used together", run.Stderr);
    }

    [Theory]
    [InlineData("")] // NO_COLOR unset: redirected output alone turns colours off
    [InlineData("1")]
    public void Redirected_output_has_no_escape_codes_and_no_progress_display(string noColor)
    {
        using var dir = new TempDirectory();
        // The progress display would appear at once (not after a second) if anything allowed it.
        var env = new Dictionary<string, string> { ["NO_COLOR"] = noColor, ["RUNGS_PROGRESS_DELAY_MS"] = "0" };
        var site = TestSite.Minimal().With("notes/todo.md", "# todo\n");

        var build = Rungs(dir, site, env, "build", "--content", "content", "--output", "site", "--verbose");
        var failed = Rungs(dir, site.With("ksas/grammar.md", "---\ntitle: Grammar\nkind: skil\n---\n"), env, "check", "--content", "content");

        Assert.Equal(0, build.ExitCode);
        Assert.Equal(1, failed.ExitCode);
        foreach (var text in new[] { build.Stdout, build.Stderr, failed.Stdout, failed.Stderr })
        {
            Assert.DoesNotContain(Escape, text);
            Assert.DoesNotContain("Building:", text);
        }

        Assert.Contains("warning RUNGS", build.Stderr);
        Assert.Contains("error RUNGS", failed.Stderr);
    }
}
