using Rungs.Cli.Terminal;
using Rungs.Diagnostics;
using Rungs.Incremental;
using Rungs.Rendering;

namespace Rungs.Tests.Cli;

/// <summary>
/// What the terminal shows, as code: the dev server's rebuild lines (plain, with errors, with --verbose, with --quiet),
/// its content-folder notes, and the stage times of --timings. Lines are plain text when the output is not a terminal.
/// </summary>
public sealed class ReporterTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private Reporter Reporter(Verbosity verbosity = Verbosity.Normal) => new(verbosity, _out, _err);

    private static RebuildReport Step(string[] changed, int groups, Diagnostic[]? diagnostics = null, bool full = false) =>
        new(changed, [.. Enumerable.Range(1, groups).Select(i => new PageGroup(PageGroupKind.Competency, $"c{i}"))], 3, ["a.html", "b.html"], ["c.html"],
            TimeSpan.FromMilliseconds(21.4), diagnostics ?? [], full)
        {
            Timings = [new StageTiming("parse", TimeSpan.FromMilliseconds(5)), new StageTiming("render", TimeSpan.FromMilliseconds(12))],
        };

    [Fact]
    public void A_rebuild_step_is_one_line_with_what_changed_what_was_rebuilt_and_the_counts()
    {
        Reporter().Rebuilt(Step(["ksas/grammar.md"], 1), "rebuilt ksa grammar");
        Reporter().Rebuilt(Step(["a.md", "b.md"], 1), "rebuilt 2 groups");
        Reporter().Rebuilt(Step(["a.md", "b.md"], 1, full: true), "built the whole site");

        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\d\d:\d\d:\d\d ksas/grammar\.md changed: rebuilt ksa grammar: 3 pages rendered, 3 files changed, in 21 ms$", lines[0]);
        Assert.Matches(@"^\d\d:\d\d:\d\d 2 files changed: rebuilt 2 groups: ", lines[1]);
        Assert.Matches(@"^\d\d:\d\d:\d\d built the whole site: ", lines[2]);
        Assert.Equal("", _err.ToString());
    }

    [Fact]
    public void With_verbose_a_step_also_lists_its_groups_and_stage_times()
    {
        Reporter(Verbosity.Verbose).Rebuilt(Step(["ksas/grammar.md"], 14), "rebuilt");

        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("  groups: " + string.Join(", ", Enumerable.Range(1, 12).Select(i => $"competency c{i}")) + " and 2 more", lines[1]);
        Assert.Equal("  parse 5 ms, render 12 ms", lines[2]);
    }

    [Fact]
    public void A_step_with_errors_says_the_last_good_build_stays_served_even_with_quiet()
    {
        var error = new Diagnostic(Severity.Error, "RUNGS012", "no KSA has the slug `gramar`", new SourcePosition("content/x.md", 9, 9));
        var warning = error with { Severity = Severity.Warning };

        Reporter(Verbosity.Quiet).Rebuilt(Step(["x.md"], 1, [error, warning]), "");
        Reporter(Verbosity.Quiet).Rebuilt(Step(["y.md"], 1), "rebuilt");

        Assert.Matches(@"^\d\d:\d\d:\d\d x\.md changed: 1 error; still serving the last good build \(shown in the browser too\)\.\n$", _err.ToString());
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public void The_content_folder_going_away_and_coming_back_is_said_in_the_terminal()
    {
        Reporter(Verbosity.Quiet).ContentFolderGone("content");
        Reporter().ContentFolderBack("content", replaced: false);
        Reporter().ContentFolderBack("content", replaced: true);
        Reporter(Verbosity.Quiet).ContentFolderBack("content", replaced: true);

        Assert.Matches(@"^\d\d:\d\d:\d\d content was removed or moved away: still serving the last build, and watching for a folder named content again\.\n$", _err.ToString());
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith(" content is back: reading it again and watching it.", lines[0]);
        Assert.EndsWith(" content was replaced: reading it again and watching it.", lines[1]);
    }

    [Fact]
    public void Serving_says_where_and_how_to_stop_but_not_with_quiet()
    {
        Reporter().Serving(new Uri("http://127.0.0.1:4000/"), "content", "themes");
        Reporter(Verbosity.Quiet).Serving(new Uri("http://127.0.0.1:4000/"), "content", "themes");

        Assert.Equal("Serving content at http://127.0.0.1:4000/\n  watching content and themes; press Ctrl+C to stop.\n", _out.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Timings_print_one_aligned_line_per_stage()
    {
        Reporter().Timings([new StageTiming("read", TimeSpan.FromMilliseconds(12.3)), new StageTiming("render pages", TimeSpan.FromMilliseconds(1234))]);

        Assert.Equal("  read                             12 ms\n  render pages                   1234 ms\n", _out.ToString().Replace("\r\n", "\n"));
    }
}
