using Rungs.Tests.Support;

namespace Rungs.Tests.Cli;

/// <summary>`rungs build` and `rungs check`: exit code 0 on success, 1 for content errors, 2 for usage errors; diagnostics in compiler format.</summary>
public class CommandLineTests
{
    private static string WriteSite(TempDirectory dir, TestSite site)
    {
        var content = dir.Combine("content");
        site.WriteTo(content);
        return content;
    }

    [Fact]
    public void Build_of_valid_content_exits_0()
    {
        using var dir = new TempDirectory();
        var content = WriteSite(dir, TestSite.Minimal());

        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", dir.Combine("out")));
        Assert.True(File.Exists(dir.Combine("out", "index.html")));
    }

    [Fact]
    public void Build_of_content_with_errors_exits_1_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var content = WriteSite(dir, TestSite.Minimal().With("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: two\n---\n"));

        Assert.Equal(1, RungsCli.Run("build", "--content", content, "--output", dir.Combine("out")));
        Assert.False(Directory.Exists(dir.Combine("out")));
    }

    [Fact]
    public void Build_with_only_warnings_exits_0_prints_the_warning_and_writes_the_site()
    {
        using var dir = new TempDirectory();
        WriteSite(dir, TestSite.Minimal().With("notes/todo.md", "# todo\n"));

        var run = RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "out");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "content/notes/todo.md(1,1): warning RUNGS017: this file is not in a known folder and is not published",
                "    hint: classes go in series/<series>/, and other specs in competencies/, ksas/ or job-models/",
            ],
            run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Matches(@"\nBuilt 19 pages \(\d+ files\) into out in \d+\.\d\d s, with 1 warning\.\n$", run.Stdout);
        Assert.True(File.Exists(dir.Combine("out", "index.html")));
    }

    [Fact]
    public void With_warnings_as_errors_a_warning_fails_the_build_and_nothing_is_written()
    {
        using var dir = new TempDirectory();
        var content = WriteSite(dir, TestSite.Minimal().With("notes/todo.md", "# todo\n"));

        Assert.Equal(1, RungsCli.Run("build", "--content", content, "--output", dir.Combine("out"), "--warnings-as-errors"));
        Assert.False(Directory.Exists(dir.Combine("out")));
        Assert.Equal(1, RungsCli.Run("check", "--content", content, "--warnings-as-errors"));
        Assert.Equal(0, RungsCli.Run("check", "--content", content));
    }

    [Theory]
    [InlineData("build --no-such-option", "error: Unrecognized command or argument '--no-such-option'.")]
    [InlineData("publish", "error: Required command was not provided.\nerror: Unrecognized command or argument 'publish'.")]
    [InlineData("build --output", "error: Required argument missing for option: '--output'.")]
    [InlineData("check extra-argument", "error: Unrecognized command or argument 'extra-argument'.")]
    public void A_usage_error_exits_2_and_says_what_is_wrong(string commandLine, string message)
    {
        using var dir = new TempDirectory();

        var run = RungsCli.Exec(dir.Path, null, commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message + "\n    hint: run `rungs --help` to see the commands and their options\n", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Check_exits_0_for_valid_content_and_1_for_errors_and_never_writes()
    {
        using var dir = new TempDirectory();
        var good = WriteSite(dir, TestSite.Minimal());
        var bad = dir.Combine("bad");
        TestSite.Minimal().With("ksas/grammar.md", "---\ntitle: Grammar\nkind: skil\n---\n").WriteTo(bad);
        var before = FolderSnapshot.Take(dir.Path);

        Assert.Equal(0, RungsCli.Run("check", "--content", good));
        Assert.Equal(1, RungsCli.Run("check", "--content", bad));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(dir.Path));
    }

    [Fact]
    public void A_content_folder_that_does_not_exist_exits_1()
    {
        using var dir = new TempDirectory();

        Assert.Equal(1, RungsCli.Run("check", "--content", dir.Combine("missing")));
    }

    [Fact]
    public void Diagnostics_are_printed_in_compiler_format_with_paths_relative_to_the_working_folder()
    {
        using var dir = new TempDirectory();
        WriteSite(dir, TestSite.Minimal().With("series/cs/cs-specialist.md", """
            ---
            title: CS Specialist
            level: 3
            grde: "16"
            ---
            """));

        var run = RungsCli.Exec(dir.Path, null, "check", "--content", "content");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "content/series/cs/cs-specialist.md(4,1): error RUNGS006: unknown key `grde`",
                "    hint: did you mean `grade`?",
                "Failed with 1 error; nothing was written.",
            ],
            run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain('\u001b', run.Stderr);
    }

    [Fact]
    public void A_successful_build_says_what_it_built_on_stdout_and_prints_nothing_on_stderr()
    {
        using var dir = new TempDirectory();
        WriteSite(dir, TestSite.Minimal());

        // Not a git repository, nor inside one (git stops at the temporary folder: Support/GitIsolation), so a note says the pages have no revision history.
        var run = RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "site");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Matches(@"^history: not a git repository — pages show no revision history\nBuilt 19 pages \(\d+ files\) into site in \d+\.\d\d s\.\n$", run.Stdout);
    }

    [Fact]
    public void The_base_url_option_overrides_site_yml()
    {
        using var dir = new TempDirectory();
        var content = WriteSite(dir, TestSite.Minimal());

        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", dir.Combine("out"), "--base-url", "https://jobs.example.gov/specs/"));
        Assert.Contains("<loc>https://jobs.example.gov/specs/classes/</loc>", File.ReadAllText(dir.Combine("out", "sitemap.xml")));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void With_timings_each_stage_is_printed_with_its_time(string command)
    {
        using var dir = new TempDirectory();
        WriteSite(dir, TestSite.Minimal());

        var run = RungsCli.Exec(dir.Path, null, command, "--timings");

        Assert.Equal(0, run.ExitCode);
        var stages = run.Stdout.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  \S.* +\d+ ms( +[\d,]+ MB allocated)?$")).ToList();
        Assert.True(stages.Count >= 4, "expected a line per stage, got:\n" + run.Stdout);
        Assert.Contains(stages, l => l.TrimStart().StartsWith("parse ", StringComparison.Ordinal));
    }
}
