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
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux()) return OfLinux(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        return Directory.Exists(path) ? FileKind.Directory : info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    private static FileKind OfLinux(string path)
    {
        var buffer = new byte[StatxSize];
        if (Statx(AtCurrentDirectory, NulTerminated(path), AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            // Gone: missing. Any other failure (a folder on the way that cannot be searched) is left to the open that
            // follows, which reports it with the file's name.
            return Marshal.GetLastPInvokeError() == 2 /* ENOENT */ ? FileKind.Missing : FileKind.Regular;
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

    private static byte[] NulTerminated(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] result);
}
