using Rungs.Tests.Support;

namespace Rungs.Tests.Output;

/// <summary>An output path that cannot become a folder is refused up front: exit 1, before any content is read or rendered.</summary>
public sealed class OutputTargetTests
{
    // The content has an error too: a refusal up front reports only the output, never the content's errors of a full build.
    private static readonly TestSite Broken = TestSite.Minimal().With("series/cs/cs-assistant.md", "---\ntitle: CS Assistant\nlevel: one\n---\n");

    private static CliRun BuildInto(BuildFolder folder, string output) =>
        RungsCli.Exec(folder.Dir.Path, null, "build", "--content", "content", "--output", output);

    [Fact]
    public void An_output_path_that_is_a_file_is_refused_before_the_build_and_the_file_is_kept()
    {
        using var folder = new BuildFolder(Broken);
        var file = folder.Dir.WriteText("site.zip", "not a folder");

        var run = BuildInto(folder, "site.zip");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.zip(1,1): error RUNGS020: the output path is a file, not a folder", run.Stderr);
        Assert.DoesNotContain("RUNGS009", run.Stderr);
        Assert.Equal("not a folder", File.ReadAllText(file));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Dir.Path, ".site.zip.rungs-*"));
    }

    [Fact]
    public void Dev_null_as_the_output_is_refused_before_the_build()
    {
        using var folder = new BuildFolder(Broken);

        var run = BuildInto(folder, "/dev/null");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/dev/null(1,1): error RUNGS020: the output path is a file, not a folder", run.Stderr);
        Assert.DoesNotContain("RUNGS009", run.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries("/dev", ".null.rungs-*"));
    }

    [Fact]
    public void An_output_path_under_a_file_is_refused_before_the_build()
    {
        using var folder = new BuildFolder(Broken);
        folder.Dir.WriteText("notes.txt", "a file");

        var run = BuildInto(folder, "notes.txt/site");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.txt/site(1,1): error RUNGS020: the output folder cannot be made: notes.txt is a file", run.Stderr);
        Assert.DoesNotContain("RUNGS009", run.Stderr);
    }
}
