namespace Rungs.Tests.Support;

/// <summary>
/// A tiny tmpfs mounted on a folder, so that writing fills the disk part way through, as a full disk does. Tests run as
/// root; where mounting is not allowed the test fails saying so, it never passes without the condition. Unmounted on dispose.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    public SmallDisk(string folder, int kilobytes)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        var mount = ChildProcess.Run("mount", folder, null, "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        Assert.True(mount.ExitCode == 0, $"mount -t tmpfs on {folder} failed (exit {mount.ExitCode}): {mount.Stderr}. The test needs to mount a tmpfs (root with CAP_SYS_ADMIN).");
    }

    /// <summary>The mounted folder.</summary>
    public string Folder { get; }

    public void Dispose() => ChildProcess.Run("umount", "/", null, Folder);
}
