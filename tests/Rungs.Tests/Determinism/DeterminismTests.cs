using System.Text;
using System.Text.Json.Nodes;
using Rungs.History;
using Rungs.Input;
using Rungs.Output;
using Rungs.Pipeline;
using Rungs.Tests.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Determinism;

/// <summary>
/// The same content gives byte-identical output on any machine, time zone and culture, and however often it is built.
/// The strongest check runs `rungs build` in a child process with another time zone and culture in force.
/// </summary>
public class DeterminismTests
{
    private static Dictionary<string, byte[]> InProcessSampleBuild()
    {
        var result = SampleContent.Build();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
    }

    /// <param name="locale">Each differs from the invariant culture where output could: tr-TR in casing (dotted and
    /// dotless i) and its decimal comma, ar-SA in its calendar (Umm al-Qura) and signs, de-DE in dates and decimals.</param>
    [Theory]
    [InlineData("tr_TR.UTF-8", "Asia/Kathmandu")]
    [InlineData("ar_SA.UTF-8", "America/St_Johns")]
    [InlineData("de_DE.UTF-8", "Pacific/Chatham")]
    public void The_CLI_in_another_culture_and_time_zone_writes_the_same_bytes_as_an_in_process_build(string locale, string timeZone)
    {
        // A repository of the test's own, so the pages show dated revisions in any checkout (shallow, or no .git at all).
        using var repo = new SampleRepo();
        var output = repo.Repo.Folder.Combine("out");

        var run = RungsCli.ExecInCulture(repo.Repo.Folder.Path, locale, timeZone, "build", "--content", repo.Content, "--output", output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var written = FolderSnapshot.Take(output);
        Assert.True(written.Remove(SiteWriter.MarkerFile));
        var inProcess = SitePipeline.Run(ContentReader.Read(repo.Content, "content"), TestSite.Themes(), history: ReadHistory.Read(repo.Content));
        Assert.False(inProcess.HasErrors, string.Join("\n", inProcess.Diagnostics));
        Assert.Contains(inProcess.Files, f => Encoding.UTF8.GetString(f.Bytes).Contains("<tr data-commit=", StringComparison.Ordinal));
        FolderSnapshot.AssertSame(inProcess.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal), written);
    }

    [Fact]
    public void Rungs_runs_with_invariant_globalization_so_no_users_culture_can_reach_its_output()
    {
        // The cross-culture test turns this off in its child process, to prove the code itself is culture-proof too.
        var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(Repo.RungsDll, ".runtimeconfig.json")))!;

        Assert.True(config["runtimeOptions"]!["configProperties"]!["System.Globalization.Invariant"]!.GetValue<bool>());
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
