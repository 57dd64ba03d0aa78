namespace Rungs.Input;

/// <summary>One content file as read from disk: where it lives and its decoded text (LF line ends, no BOM).</summary>
/// <param name="RelativePath">Path inside the content folder, with '/' separators (`series/x/_series.md`).</param>
/// <param name="DisplayPath">Path shown in diagnostics (`content/series/x/_series.md`).</param>
/// <param name="Text">The text, or null when the file could not be decoded (see <see cref="ContentSources.Problems"/>).</param>
public sealed record SourceFile(string RelativePath, string DisplayPath, string? Text)
{
    /// <summary>
    /// The SHA-256 of the file's bytes as stored, taken when it was read from disk (empty for text given in memory, and for
    /// a file too large to read): what the build's input fingerprint hashes, so it never needs the text.
    /// </summary>
    public ReadOnlyMemory<byte> Sha256 { get; init; }
}
