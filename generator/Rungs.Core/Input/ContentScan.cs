using System.Security.Cryptography;

namespace Rungs.Input;

/// <summary>
/// The no-change check's read of a content folder: every content file's <see cref="ContentDigest"/>, exactly as
/// <see cref="ContentReader"/> would take it, but read into reused buffers and never decoded or kept, so confirming that
/// nothing changed costs file reads and hashing alone.
/// </summary>
public static class ContentScan
{
    private const int FirstBufferBytes = 64 * 1024;

    /// <summary>
    /// The digests in ordinal path order; null when the folder is missing, a file cannot be read, or the folder breaks a rule of <see cref="FolderListing"/> (the build that follows
    /// reads the folder again and reports it).
    /// </summary>
    public static IReadOnlyList<ContentDigest>? Digests(string contentDirectory)
    {
        if (!Directory.Exists(contentDirectory)) return null;
        var listing = ContentReader.List(contentDirectory, "content");
        if (listing.Problems.Count > 0) return null;
        var paths = listing.Files;
        var digests = new ContentDigest[paths.Count];
        var slab = new byte[paths.Count * ContentDigest.Size];
        var unreadable = false;
        // Reading ten thousand small files is mostly system calls: they run on every core, each thread with one buffer.
        Parallel.For(0, paths.Count, () => new byte[FirstBufferBytes], (i, loop, buffer) =>
        {
            try
            {
                using var handle = File.OpenHandle(paths[i].FullPath);
                var length = RandomAccess.GetLength(handle);
                // A file too large to read has no digest (ContentReader reports it, and the build fails).
                if (length > ContentReader.MaxFileBytes)
                {
                    digests[i] = new ContentDigest(paths[i].RelativePath, default);
                    return buffer;
                }

                if (length > buffer.Length) buffer = new byte[Math.Max(length, buffer.Length * 2L)];
                var read = ContentReader.ReadAll(handle, buffer.AsSpan(0, (int)length));
                var digest = slab.AsMemory(i * ContentDigest.Size, ContentDigest.Size);
                SHA256.HashData(buffer.AsSpan(0, read), digest.Span);
                digests[i] = new ContentDigest(paths[i].RelativePath, digest);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable = true;
                loop.Stop();
            }

            return buffer;
        }, _ => { });
        return unreadable ? null : digests;
    }
}
