using Rungs.Diagnostics;
using Rungs.Tests.Support;

namespace Rungs.Tests.Cli;

/// <summary>`rungs check --format github` prints each problem as a GitHub Actions annotation, shown inline on the pull request.</summary>
public sealed class GithubAnnotationTests
{
    [Fact]
    public void An_error_becomes_an_error_command_with_file_line_column_and_code()
    {
        var d = Expect.Error("RUNGS006", "content/series/cs/cs-specialist.md", 4, 1, "unknown key `grde`", "did you mean `grade`?");

        Assert.Equal("::error file=content/series/cs/cs-specialist.md,line=4,col=1,title=RUNGS006::unknown key `grde`%0Ahint: did you mean `grade`?",
            GithubAnnotation.Of(d));
    }

    [Fact]
    public void A_warning_becomes_a_warning_command()
    {
        var d = Expect.Warning("RUNGS017", "content/notes/todo.md", 1, 1, "this file is not in a known folder and is not published", null);

        Assert.Equal("::warning file=content/notes/todo.md,line=1,col=1,title=RUNGS017::this file is not in a known folder and is not published",
            GithubAnnotation.Of(d));
    }

    [Fact]
    public void Characters_that_end_a_command_early_are_escaped_as_GitHub_does()
    {
        var d = Expect.Error("RUNGS009", "content/a,b:c.md", 2, 3, "100% wrong\r\nvalue", null);

        Assert.Equal("::error file=content/a%2Cb%3Ac.md,line=2,col=3,title=RUNGS009::100%25 wrong\\r\\nvalue", GithubAnnotation.Of(d));
    }

    [Fact]
    public void Check_with_the_github_format_prints_annotations_on_stdout_and_exits_1_on_errors()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().With("series/cs/cs-assistant.md", "---\ntitle: CS Assistant\nlevel: 1\ngrde: \"13\"\n---\n").WriteTo(dir.Combine("content"));

        // Not a git repository (nor inside one): the history note comes first, as a notice.
        var run = RungsCli.Exec(dir.Path, new Dictionary<string, string> { ["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(dir.Path)! },
            "check", "--content", "content", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("::notice title=history::history: not a git repository — pages show no revision history\n::error file=content/series/cs/cs-assistant.md,line=4,col=1,title=RUNGS006::unknown key `grde`%0Ahint: did you mean `grade`?\n", run.Stdout);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        Assert.Equal(2, RungsCli.Exec(dir.Path, null, "check", "--content", "content", "--format", "xml").ExitCode);
    }
}
