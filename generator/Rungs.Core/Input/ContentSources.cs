using System.Security.Cryptography;
using System.Text;
using Rungs.Diagnostics;

namespace Rungs.Input;

/// <summary>Every file of a content folder, in ordinal path order, plus the problems met while reading them.</summary>
public sealed record ContentSources(IReadOnlyList<SourceFile> Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>How diagnostics name the content folder itself (`content`), for problems that belong to no file in it.</summary>
    public string DisplayRoot { get; init; } = "content";

    /// <summary>Whether drafts are built (`--drafts`): without it, a class or series with `status: draft` is not part of the site.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// Each file's digest for the input fingerprint: the one taken from its bytes when it was read from disk (the same as
    /// <see cref="ContentScan"/> takes), or for text given in memory, the SHA-256 of its UTF-8.
    /// </summary>
    public IEnumerable<ContentDigest> Digests() =>
        Files.Select(f => new ContentDigest(f.RelativePath,
            f.Sha256.IsEmpty && f.Text is { } text ? SHA256.HashData(Encoding.UTF8.GetBytes(text)) : f.Sha256));

    /// <summary>Builds sources from in-memory text, for tests and tools: path → file text.</summary>
    public static ContentSources FromText(IEnumerable<KeyValuePair<string, string>> files, string displayRoot = "content") =>
        new(files
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new SourceFile(f.Key, $"{displayRoot}/{f.Key}", TextDecoding.Normalise(f.Value)))
                .ToList(),
            [])
        {
            DisplayRoot = displayRoot,
        };
}
