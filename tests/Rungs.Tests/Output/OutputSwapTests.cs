using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Output;

/// <summary>
/// Whenever `rungs build` dies — killed with SIGKILL by a CI timeout or the OOM killer — the output folder holds a complete
/// site, the old one or the new one, and the next build removes what the dead build left beside it.
/// </summary>
public sealed class OutputSwapTests
{
    private static readonly TestSite Old = TestSite.Minimal();
    private static readonly TestSite New = TestSite.Minimal().With("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: 3\n---\n");

    /// <summary>The output is exactly the site <paramref name="site"/> builds, plus the marker.</summary>
    private static void AssertSiteOf(TestSite site, string output)
    {
        Assert.True(Directory.Exists(output), "the output folder exists");
        var written = FolderSnapshot.Take(output);
        Assert.True(written.Remove(SiteWriter.MarkerFile), "the output carries the .rungs-output marker");
        FolderSnapshot.AssertSame(site.Build().Files.ToDictionary(f => f.Path, f => f.Bytes), written);
    }

    /// <summary>
    /// Where the file system or platform cannot exchange two folders in one step, the old site is moved aside first;
    /// RUNGS_TEST_SWAP=renames makes this Linux build do the same, stopped between the two renames.
    /// </summary>
    private static RungsProcess PausedBetweenRenames(BuildFolder folder) =>
        folder.StartPausedAt("between-renames", new Dictionary<string, string> { ["RUNGS_TEST_SWAP"] = "renames" });

    private static BuildFolder BuiltOnce()
    {
        var folder = new BuildFolder(Old);
        Assert.Equal(0, folder.Build().ExitCode);
        folder.Save("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: 3\n---\n");
        return folder;
    }

    /// <param name="point">Where the build is killed: before the exchange, or after it (before the old site is removed).</param>
    /// <param name="newSiteInPlace">Which complete site the output then holds: the new one, or the previous one.</param>
    [Theory]
    [InlineData("before-swap", false)]
    [InlineData("after-swap", true)]
    public void A_build_killed_at_the_swap_leaves_a_complete_site_and_the_next_build_removes_what_it_left_beside_it(string point, bool newSiteInPlace)
    {
        using var folder = BuiltOnce();

        using (var build = folder.StartPausedAt(point)) build.KillHard();

        AssertSiteOf(newSiteInPlace ? New : Old, folder.Output);
        Assert.NotEmpty(folder.SwapFolders());
        var next = folder.Build();
        Assert.Equal(0, next.ExitCode);
        // After the exchange the output is already the new site: the next build finds it up to date, and still cleans up.
        Assert.Equal(newSiteInPlace, next.Stdout.Contains("Up to date", StringComparison.Ordinal));
        AssertSiteOf(New, folder.Output);
        Assert.Empty(folder.SwapFolders());
    }

    [Fact]
    public void Without_an_atomic_exchange_a_build_killed_between_the_two_renames_is_undone_by_the_next_build()
    {
        using var folder = BuiltOnce();
        using (var build = PausedBetweenRenames(folder)) build.KillHard();

        // A build that fails shows the recovered site: the previous output is back in place, untouched.
        folder.Save("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: three\n---\n");
        Assert.Equal(1, folder.Build().ExitCode);
        AssertSiteOf(Old, folder.Output);
        Assert.Empty(folder.SwapFolders());
    }

    [Fact]
    public void A_build_that_finishes_normally_without_an_atomic_exchange_leaves_the_new_site_and_nothing_beside_it()
    {
        using var folder = BuiltOnce();
        using (var build = PausedBetweenRenames(folder))
        {
            folder.Resume("between-renames");
            Assert.Equal(0, build.Finish().ExitCode);
        }

        AssertSiteOf(New, folder.Output);
        Assert.Empty(folder.SwapFolders());
    }

    [Fact]
    public void Folders_beside_the_output_that_only_look_like_leftovers_are_kept()
    {
        using var folder = BuiltOnce();
        // The name of a staging folder, but without Rungs' marker inside: someone else's folder.
        var lookalike = folder.Dir.WriteText(".output.rungs-output-new-4242/notes.txt", "mine");
        // Rungs' marker, but not a staging folder's name.
        var marked = folder.Dir.WriteText("backup/" + SiteWriter.MarkerFile, "a copy of an old output");

        Assert.Equal(0, folder.Build().ExitCode);

        Assert.True(File.Exists(lookalike));
        Assert.True(File.Exists(marked));
    }
}
