using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Determinism;

/// <summary>
/// The same content gives byte-identical output on any machine, time zone and culture, and however often it is built.
/// The strongest check runs `rungs build` in a child process with another time zone and locale.
/// </summary>
public class DeterminismTests
{
    private static Dictionary<string, byte[]> InProcessSampleBuild()
    {
        var result = SampleContent.Build();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("Asia/Kathmandu", "tr_TR.UTF-8")]
    [InlineData("America/St_Johns", "ar_SA.UTF-8")]
    public void The_CLI_in_another_time_zone_and_locale_writes_the_same_bytes_as_an_in_process_build(string timeZone, string locale)
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("out");

        var run = RungsCli.Exec(dir.Path, new Dictionary<string, string>
        {
            ["TZ"] = timeZone,
            ["LANG"] = locale,
            ["LC_ALL"] = locale,
        }, "build", "--content", Repo.Content, "--output", output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var written = FolderSnapshot.Take(output);
        Assert.True(written.Remove(SiteWriter.MarkerFile));
        // The CLI reads the sample content's git history (its page history); the in-process build reads the same.
        var inProcess = Rungs.Pipeline.SitePipeline.Run(Rungs.Input.ContentReader.Read(Repo.Content, "content"),
            new Rungs.Input.DiskThemeSource(Repo.Themes, Repo.Themes, Repo.Root), history: Rungs.History.ReadHistory.Read(Repo.Content));
        Assert.False(inProcess.HasErrors, string.Join("\n", inProcess.Diagnostics));
        FolderSnapshot.AssertSame(inProcess.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal), written);
    }

    [Fact]
    public void Building_the_sample_site_twice_in_process_gives_identical_files_in_identical_order()
    {
        var first = SampleContent.Build().Files;
        var second = SampleContent.Build().Files;

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), $"{pair.First.Path} differs"));
        Assert.Equal(first.Select(f => f.Path).Order(StringComparer.Ordinal), first.Select(f => f.Path));
    }

    [Fact]
    public void The_order_in_which_files_are_given_does_not_change_the_output()
    {
        var site = TestSite.Minimal();
        var forward = Rungs.Pipeline.SitePipeline.Run(Rungs.Input.ContentSources.FromText(site.Files), TestSite.Themes());
        var backward = Rungs.Pipeline.SitePipeline.Run(Rungs.Input.ContentSources.FromText(site.Files.Reverse()), TestSite.Themes());

        FolderSnapshot.AssertSame(FolderSnapshotOf(forward), FolderSnapshotOf(backward));
    }

    [Fact]
    public void Output_does_not_contain_machine_specific_paths_or_line_ends()
    {
        var files = InProcessSampleBuild();

        foreach (var (path, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) || f.Key.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(Repo.Root, text);
            Assert.DoesNotContain("\r", text);
        }
    }

    private static Dictionary<string, byte[]> FolderSnapshotOf(Rungs.Pipeline.BuildResult result) =>
        result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
}
