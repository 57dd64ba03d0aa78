using System.Security.Cryptography;
using Rungs.Diagnostics;

namespace Rungs.Input;

/// <summary>Reads a content folder from disk, once, into <see cref="ContentSources"/>. The only file I/O on the input side.</summary>
public static class ContentReader
{
    /// <summary>Files larger than this are not content; they are reported instead of loaded.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    public static ContentSources Read(string contentDirectory, string displayRoot)
    {
        var problems = new DiagnosticList();
        var files = new List<SourceFile>();
        if (!Directory.Exists(contentDirectory))
        {
            problems.Error(DiagnosticCodes.SiteConfig, SourcePosition.StartOf(displayRoot),
                "the content folder does not exist",
                "pass the folder that holds site.yml with --content, or run rungs from the site's root");
            return new ContentSources(files, problems.Items) { DisplayRoot = displayRoot };
        }

        var listing = List(contentDirectory, displayRoot);
        problems.AddRange(listing.Problems);
        var paths = listing.Files;
        // Reading and decoding ten thousand small files is mostly system calls: they run on every core. Each file
        // reports into its own list, and the lists are joined in path order, as a one-by-one read would report.
        var loaded = new SourceFile[paths.Count];
        var fileProblems = new DiagnosticList[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var (relative, full) = paths[i];
            fileProblems[i] = new DiagnosticList();
            loaded[i] = LoadFromDisk(full, relative, $"{displayRoot}/{relative}", fileProblems[i]);
        });
        files.AddRange(loaded);
        foreach (var list in fileProblems) problems.AddRange(list.Items);

        return new ContentSources(files, problems.Items) { DisplayRoot = displayRoot };
    }

    /// <summary>The content files of a folder (<see cref="IsContentFile"/>), or of one entry in it, under the rules of <see cref="FolderListing"/>.</summary>
    public static FolderListing List(string contentDirectory, string displayRoot, string under = "") =>
        FolderListing.Of(contentDirectory, displayRoot, "the content folder", under, IsContentFile);

    /// <summary>
    /// Reads one content file from disk under the reader's rules (size, encoding); problems go to <paramref name="problems"/>.
    /// The file's <see cref="SourceFile.Sha256"/> is taken from the bytes as they are read, for the input fingerprint.
    /// </summary>
    public static SourceFile LoadFromDisk(string fullPath, string relative, string display, DiagnosticList problems)
    {
        try
        {
            return ReadFromDisk(fullPath, relative, display, problems);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            FolderListing.ReportUnreadable(problems, display, e);
            return new SourceFile(relative, display, null);
        }
    }

    private static SourceFile ReadFromDisk(string fullPath, string relative, string display, DiagnosticList problems)
    {
        // One open for both the size check and the read (File.ReadAllBytes after FileInfo.Length looks the path up twice).
        using var handle = File.OpenHandle(fullPath);
        var length = RandomAccess.GetLength(handle);
        byte[]? digest = null;
        var file = Load(relative, display, length, () =>
        {
            var bytes = new byte[length];
            var read = ReadAll(handle, bytes);
            // A file that shrank while it was read keeps what it still had.
            if (read < bytes.Length) bytes = bytes[..read];
            digest = SHA256.HashData(bytes);
            return bytes;
        }, problems);
        return digest is null ? file : file with { Sha256 = digest };
    }

    /// <summary>Reads from the start of a file into <paramref name="buffer"/> until it is full or the file ends; returns the bytes read.</summary>
    internal static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var count = RandomAccess.Read(handle, buffer[read..], read);
            if (count == 0) break;
            read += count;
        }

        return read;
    }

    /// <summary>Whether a path inside a content folder is a file Rungs reads: Markdown or YAML, nothing under a dot-folder.</summary>
    public static bool IsContentFile(string relative) =>
        relative.Length > 0
        && !relative.Split('/').Any(part => part.StartsWith('.'))
        && (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || relative.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || relative.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// One content file from its bytes, under the rules every source of content shares (a folder, a git revision):
    /// at most <see cref="MaxFileBytes"/>, strict UTF-8. A file that breaks them is reported and has no text.
    /// </summary>
    public static SourceFile Load(string relative, string display, long length, Func<byte[]> readBytes, DiagnosticList problems)
    {
        if (length > MaxFileBytes)
        {
            problems.Error(DiagnosticCodes.Unreadable, SourcePosition.StartOf(display),
                $"the file is {length / (1024 * 1024)} MB; content files are at most {MaxFileBytes / (1024 * 1024)} MB",
                "split the file, or move data that is not a spec out of the content folder");
            return new SourceFile(relative, display, null);
        }

        var bytes = readBytes();
        // A NUL byte is valid UTF-8 but never text: the file is an image, a document or an archive under a .md name.
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problems.Error(DiagnosticCodes.Unreadable, TextDecoding.PositionOf(display, bytes, nul),
                "the file is binary, not text (it holds NUL bytes)",
                "content files are Markdown or YAML text; move other files out of the content folder");
            return new SourceFile(relative, display, null);
        }

        var text = TextDecoding.TryDecode(bytes, out var offset);
        if (text is null)
            problems.Error(DiagnosticCodes.Unreadable, TextDecoding.PositionOf(display, bytes, offset),
                "the file is not UTF-8 text (it may be binary, or saved in another encoding)",
                "save the file as UTF-8 in your editor");
        return new SourceFile(relative, display, text);
    }
}
