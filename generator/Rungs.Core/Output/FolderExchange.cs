using System.Runtime.InteropServices;

namespace Rungs.Output;

/// <summary>
/// Exchanges two folders in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>: at every instant each name holds one of
/// the two folders, so a process killed at any point leaves the old or the new one in place, never neither.
/// </summary>
internal static class FolderExchange
{
    private const int CurrentFolder = -100; // AT_FDCWD: paths are absolute anyway
    private const uint RenameExchange = 2;  // RENAME_EXCHANGE
    private const int NotImplemented = 38;  // ENOSYS: a kernel before 3.15
    private const int NotSupported = 22;    // EINVAL: a file system without exchange (some network and FUSE file systems)
    private const int NotSupportedOp = 95;  // EOPNOTSUPP

    /// <summary>The outcome of one attempt.</summary>
    public enum Result { Exchanged, Unsupported }

    /// <summary>
    /// Exchanges <paramref name="a"/> and <paramref name="b"/> (both must exist); Unsupported where the platform, C library or
    /// file system cannot, or when RUNGS_TEST_SWAP=renames asks a test build to swap as other platforms do.
    /// </summary>
    /// <exception cref="IOException">The exchange was refused (for example an immutable folder); nothing was changed.</exception>
    public static Result Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("RUNGS_TEST_SWAP") == "renames") return Result.Unsupported;
        try
        {
            if (RenameAt2(CurrentFolder, a, CurrentFolder, b, RenameExchange) == 0) return Result.Exchanged;
        }
        catch (EntryPointNotFoundException)
        {
            return Result.Unsupported; // a C library without renameat2 (glibc before 2.28)
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is NotImplemented or NotSupported or NotSupportedOp) return Result.Unsupported;
        throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
    }

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code enabled for the whole library.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
