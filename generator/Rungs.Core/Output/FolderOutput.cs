using System.Collections.Concurrent;

namespace Rungs.Output;

/// <summary>
/// Writes each file into a folder the moment it is made (the build's staging folder), so memory holds a page only
/// while it is rendered. Counts what it wrote for the closing summary.
/// </summary>
public sealed class FolderOutput(string root) : IOutputSink
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private int _files;
    private int _pages;
    private long _bytes;

    public int FileCount => _files;
    public int PageCount => _pages;
    public long ByteCount => Interlocked.Read(ref _bytes);

    public void Add(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(root, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        // Creating a folder is a system call even when it exists: once per folder, and other threads wait for it.
        _ = _folders.GetOrAdd(folder, f => new Lazy<string>(() => Directory.CreateDirectory(f).FullName)).Value;
        File.WriteAllBytes(path, bytes);
        Interlocked.Increment(ref _files);
        if (relativePath.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _bytes, bytes.Length);
    }
}
