using Rungs.Tests.Support;

namespace Rungs.Tests.Input;

/// <summary>
/// A content file or folder that the user running rungs may not read is a diagnostic with its path, not a crash. The
/// check runs as a user without privileges (<see cref="RungsCli.ExecWithoutPrivileges"/>): as root, permissions would
/// not stop the read, and the expected diagnostic would be missing, so the test fails rather than passing unproven.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableContentTests
{
    [Fact]
    public void A_file_without_read_permission_is_reported_with_its_path()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        File.SetUnixFileMode(dir.Combine("content", "ksas", "grammar.md"), UnixFileMode.None);

        var run = RungsCli.ExecWithoutPrivileges(dir.Path, "check", "--history-commits", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/ksas/grammar.md(1,1): error RUNGS001: the file cannot be read (permission denied)", run.Stderr);
        Assert.DoesNotContain("unexpectedly", run.Stderr);
    }

    [Fact]
    public void A_folder_without_read_permission_is_reported_with_its_path()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        File.SetUnixFileMode(dir.Combine("content", "ksas"), UnixFileMode.None);

        var run = RungsCli.ExecWithoutPrivileges(dir.Path, "check", "--history-commits", "0");
        File.SetUnixFileMode(dir.Combine("content", "ksas"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/ksas(1,1): error RUNGS001: the folder cannot be read (permission denied)", run.Stderr);
        Assert.DoesNotContain("unexpectedly", run.Stderr);
    }
}
