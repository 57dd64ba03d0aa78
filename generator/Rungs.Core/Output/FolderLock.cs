using System.Runtime.InteropServices;

namespace Rungs.Output;

/// <summary>
/// An exclusive lock on a lock file beside a folder (<c>.&lt;name&gt;.rungs-lock</c>), held while Rungs replaces that folder.
/// It is an OS file lock (<c>flock</c> on Linux and macOS, a sharing lock on Windows), so the kernel releases it when the
/// process ends, however it ends: a killed build never leaves a lock that blocks the next one. On Unix it is taken with
/// <c>flock</c> directly, because `rungs` turns off .NET's own locking of every file it opens (System.IO.DisableFileLocking).
/// </summary>
public sealed class FolderLock : IDisposable
{
    private const int WouldBlockLinux = 11;   // EWOULDBLOCK: another process holds the lock
    private const int WouldBlockMacOs = 35;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int LockExclusive = 2;      // LOCK_EX
    private const int LockNonBlocking = 4;    // LOCK_NB

    private readonly FileStream _file;

    private FolderLock(string target, FileStream file)
    {
        Target = target;
        _file = file;
    }

    /// <summary>The locked folder, as an absolute path.</summary>
    public string Target { get; }

    /// <summary>
    /// Takes the lock of <paramref name="target"/>, creating its parent folder and the lock file when missing; null when
    /// another process holds it.
    /// </summary>
    public static FolderLock? TryTake(string target)
    {
        target = StagedFolder.Normalise(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        while (true)
        {
            FileStream file;
            try
            {
                // FileShare.None is the lock on Windows (and on Unix where .NET's own locking is on, as in a test host).
                file = new FileStream(PathOf(target), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e.HResult is WouldBlockLinux or WouldBlockMacOs or WindowsSharingViolation)
            {
                return null;
            }

            if (!OperatingSystem.IsWindows() && !TryLockExclusively(file))
            {
                file.Dispose();
                return null;
            }

            // The holder before us may have deleted the file between our opening and our locking it (see Dispose): a lock
            // on a file without a name guards nothing, so open the name again.
            if (!IsDeleted(file)) return new FolderLock(target, file);
            file.Dispose();
        }
    }

    /// <summary>The lock file's path: beside the folder, named after it.</summary>
    public static string PathOf(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.rungs-lock");

    /// <summary>
    /// Releases the lock. On Linux the lock file is deleted first, while still locked, so nothing is left beside the
    /// folder: a process that opened it meanwhile sees that its file has no name any more (<see cref="IsDeleted"/>) and
    /// opens the name again. Elsewhere, where that cannot be seen, the empty file stays.
    /// </summary>
    public void Dispose()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                File.Delete(_file.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next build to reuse: the lock is what matters, and it goes with the handle.
            }
        }

        _file.Dispose();
    }

    /// <summary>Whether the open file's name was deleted: Linux shows it as "(deleted)" after the name in /proc.</summary>
    private static bool IsDeleted(FileStream file) =>
        OperatingSystem.IsLinux()
        && new FileInfo($"/proc/self/fd/{file.SafeFileHandle.DangerousGetHandle()}").LinkTarget is { } name
        && name.EndsWith(" (deleted)", StringComparison.Ordinal);

    /// <summary>Takes <c>flock(LOCK_EX | LOCK_NB)</c> on the open file: false when another process holds it.</summary>
    private static bool TryLockExclusively(FileStream file)
    {
        var handle = file.SafeFileHandle;
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (Flock((int)handle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0) return true;
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is WouldBlockLinux or WouldBlockMacOs) return false;
        throw new IOException($"could not lock {file.Name}: {Marshal.GetPInvokeErrorMessage(error)}", error);
    }

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int descriptor, int operation);
}
