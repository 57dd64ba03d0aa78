using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Output;

/// <summary>Two builds into the same output folder at once: the second stops with a clear message and touches nothing.</summary>
public sealed class OutputLockTests
{
    [Fact]
    public void A_second_build_into_the_same_output_fails_clearly_while_the_first_is_writing_and_the_first_completes()
    {
        using var folder = new BuildFolder(TestSite.Minimal());
        using var first = folder.StartPausedAt("before-swap", null, "--force");

        var second = folder.Build("--force");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("output(1,1): error RUNGS035: another build is writing output", second.Stderr);
        Assert.DoesNotContain("Exception", second.Stderr);
        folder.Resume("before-swap");
        Assert.Equal(0, first.Finish().ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Output, "series", "cs", "cs-assistant", "index.html")));
        Assert.Empty(folder.SwapFolders());
        Assert.False(File.Exists(folder.Dir.Combine(".output.rungs-lock")), "the lock file goes with the lock");
    }

    [Fact]
    public void The_lock_of_a_killed_build_is_released_with_it()
    {
        using var folder = new BuildFolder(TestSite.Minimal());
        using (var killed = folder.StartPausedAt("before-swap")) killed.KillHard();

        var next = folder.Build();

        Assert.Equal(0, next.ExitCode);
        Assert.Empty(folder.SwapFolders());
    }

    [Fact]
    public void The_lock_is_taken_by_one_holder_at_a_time_and_its_file_goes_when_it_is_released()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("output");
        var lockFile = FolderLock.PathOf(output);

        var first = FolderLock.TryTake(output);
        Assert.NotNull(first);
        Assert.True(File.Exists(lockFile));
        Assert.Null(FolderLock.TryTake(output));
        first.Dispose();

        Assert.False(File.Exists(lockFile), "the lock file is removed with the lock (Linux)");
        using var second = FolderLock.TryTake(output);
        Assert.NotNull(second);
    }
}
