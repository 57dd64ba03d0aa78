using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Output;

/// <summary>
/// A build whose inputs (content, themes, history, base URL, the Rungs build itself) have not changed since the build in
/// the output folder keeps that output untouched and says so; any change, or --force, builds again. The warnings of the
/// kept build are printed again, so --warnings-as-errors still fails on them.
/// </summary>
public sealed class NoChangeRebuildTests
{
    private static (TempDirectory Dir, string Content, string Output) NewSite()
    {
        var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        return (dir, content, dir.Combine("output"));
    }

    private static CliRun Build(TempDirectory dir, params string[] extra) =>
        RungsCli.Exec(dir.Path, null, ["build", "--content", "content", "--output", "output", .. extra]);

    /// <summary>The closing line of a build's stdout (a temporary folder is no git repository, so a history note precedes it).</summary>
    private static string Summary(CliRun run) => run.Stdout.TrimEnd('\n').Split('\n')[^1];

    private static DateTime MarkerTime(string output) => File.GetLastWriteTimeUtc(Path.Combine(output, SiteWriter.MarkerFile));

    [Fact]
    public void A_second_build_with_nothing_changed_keeps_the_output_and_says_it_is_up_to_date()
    {
        var (dir, _, output) = NewSite();
        using var _ = dir;
        Assert.Equal(0, Build(dir).ExitCode);
        var before = FolderSnapshot.Take(output);
        var written = MarkerTime(output);

        var again = Build(dir);

        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"^Up to date: nothing changed since the last build of output \(\d+\.\d\d s; --force rebuilds\)\.$", Summary(again));
        Assert.Equal(written, MarkerTime(output));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(output));
    }

    [Fact]
    public void Editing_content_adding_a_theme_file_changing_the_base_url_or_forcing_builds_again()
    {
        var (dir, content, output) = NewSite();
        using var _ = dir;
        Assert.Equal(0, Build(dir).ExitCode);

        File.AppendAllText(Path.Combine(content, "series", "cs", "cs-assistant.md"), "\nOne more line.\n");
        Assert.StartsWith("Built ", Summary(Build(dir)));
        Assert.StartsWith("Up to date", Summary(Build(dir)));

        dir.WriteText("themes/default/assets/extra.css", "body { margin: 0; }\n");
        Assert.StartsWith("Built ", Summary(Build(dir)));
        Assert.True(File.Exists(Path.Combine(output, "assets", "extra.css")));

        Assert.StartsWith("Built ", Summary(Build(dir, "--base-url", "https://jobs.example.org/")));
        Assert.StartsWith("Up to date", Summary(Build(dir, "--base-url", "https://jobs.example.org/")));
        Assert.StartsWith("Built ", Summary(Build(dir, "--base-url", "https://jobs.example.org/", "--force")));
    }

    [Fact]
    public void The_warnings_of_the_kept_build_are_printed_again_and_fail_with_warnings_as_errors()
    {
        var (dir, content, output) = NewSite();
        using var _ = dir;
        File.WriteAllText(Path.Combine(content, "notes.md"), "# Notes\n"); // not in a known folder: a warning
        var first = Build(dir);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("content/notes.md(1,1): warning", first.Stderr);

        var again = Build(dir);
        Assert.StartsWith("Up to date", Summary(again));
        Assert.Contains("1 warning", Summary(again));
        Assert.Equal(first.Stderr, again.Stderr);

        var strict = Build(dir, "--warnings-as-errors");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("content/notes.md(1,1): warning", strict.Stderr);
        Assert.True(Directory.Exists(output));
    }
}
