using System.Runtime.InteropServices;
using System.Text;

namespace Rungs.Input;

/// <summary>
/// Tells a regular file from a FIFO, socket or device before anything opens it. .NET has no public API for this (its
/// FileInfo calls a FIFO a file, and opening one blocks until a writer comes), so on Linux it asks the kernel with
/// `statx`, whose result has the same layout on every architecture; elsewhere it tells only links, folders and files apart.
/// </summary>
public static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;

    /// <summary>The kind of the entry at <paramref name="path"/>, not following a link.</summary>
    public static FileKind Of(string path) => OperatingSystem.IsLinux() ? OfLinux(path) : OfAnySystem(path);

    private static FileKind OfAnySystem(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        return Directory.Exists(path) ? FileKind.Directory : info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    private static FileKind OfLinux(string path)
    {
        // One buffer per thread: a listing calls this once per entry, tens of thousands of times in a large site.
        var buffer = t_buffer ??= new byte[StatxSize];
        int result;
        try
        {
            result = Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than statx (glibc 2.28): links, folders and files are still told apart.
            return OfAnySystem(path);
        }

        if (result != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                2 /* ENOENT */ => FileKind.Missing,
                // A folder on the way that cannot be searched: left to the open that follows, which reports it by name.
                13 /* EACCES */ => FileKind.Regular,
                // statx refused (a sandbox that forbids it): as on other systems.
                _ => OfAnySystem(path),
            };
        }

        return (MemoryMarshal.Read<ushort>(buffer.AsSpan(StatxModeOffset)) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Regular,
        };
    }

    [ThreadStatic] private static byte[]? t_buffer;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] result);
}
