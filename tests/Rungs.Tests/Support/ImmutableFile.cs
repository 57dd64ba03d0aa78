using System.Diagnostics;

namespace Rungs.Tests.Support;

/// <summary>
/// A file or folder made immutable with `chattr +i`: not even root may delete, rename or change it (and nothing may be
/// added to or removed from an immutable folder). Tests run as root, so file permissions would not stop anything; this
/// does. The attribute is taken off again on dispose, so the temporary folder can be deleted.
/// </summary>
public sealed class ImmutableFile : IDisposable
{
    public ImmutableFile(string path)
    {
        Path = path;
        var set = Chattr("+i");
        // Never let a test pass because the condition could not be made: fail it instead.
        Assert.True(set.ExitCode == 0, $"chattr +i {path} failed (exit {set.ExitCode}): {set.Output}. The test needs a file system with immutable files (ext4, xfs, btrfs, tmpfs) and CAP_LINUX_IMMUTABLE.");
        var attributes = Run("lsattr", "-d", path).Output.Split(' ')[0];
        Assert.True(attributes.Contains('i'), $"{path} is not immutable after chattr +i: lsattr says {attributes}");
    }

    /// <summary>Where the file is now: set it when the file was moved (with its folder), so dispose finds it.</summary>
    public string Path { get; set; }

    public void Dispose() => Chattr("-i");

    private (int ExitCode, string Output) Chattr(string flag) => Run("chattr", flag, Path);

    private static (int ExitCode, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
