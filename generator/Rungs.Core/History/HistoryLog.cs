namespace Rungs.History;

/// <summary>How a file changed in one commit, as git reports it (`--raw`).</summary>
public enum FileChangeKind
{
    Added,
    Modified,
    Deleted,
    Renamed,
    Copied,
}

/// <summary>
/// One content file changed by one commit: its paths (relative to the content folder, '/'-separated) and the blob ids of
/// its two versions. Added and copied files have no old blob, deleted ones no new blob.
/// </summary>
public sealed record FileChange(FileChangeKind Kind, string? OldPath, string? NewPath, string? OldBlob, string? NewBlob)
{
    /// <summary>The path the file has after the commit, or had before it was deleted.</summary>
    public string Path => NewPath ?? OldPath!;
}

/// <summary>
/// One commit that touched the content folder: full hash, committer date (with the committer's own offset), subject,
/// and the content files it changed.
/// </summary>
/// <param name="IsBoundary">
/// The oldest commit of a shallow clone: its parents are not in the clone, so git shows it as adding every file. Its
/// changes are unknown; it only marks where the known history starts.
/// </param>
public sealed record HistoryCommit(string Hash, DateTimeOffset Date, string Subject, bool IsBoundary, IReadOnlyList<FileChange> Files)
{
    public string ShortHash => Hash.Length > 7 ? Hash[..7] : Hash;
}

/// <summary>
/// What the history reader found in git: commits newest first, the text of every blob the summaries need, and whether
/// the history is whole. This is plain data, so the pure history stage can be tested without git.
/// </summary>
/// <param name="Available">False when there is no history at all (no git, not a repository, no commits, turned off).</param>
/// <param name="Shallow">The repository is a shallow clone: history before its boundary commit is missing.</param>
/// <param name="Truncated">More commits touch the content than the reader was allowed to read.</param>
/// <param name="Blobs">Blob id → text (LF line ends); null when the blob is not UTF-8 text or is missing.</param>
/// <param name="Note">One line for the build output when the history is missing or incomplete.</param>
public sealed record HistoryLog(
    bool Available,
    bool Shallow,
    bool Truncated,
    IReadOnlyList<HistoryCommit> Commits,
    IReadOnlyDictionary<string, string?> Blobs,
    string? Note)
{
    /// <summary>No history: the site is built without revision history, and <paramref name="note"/> says why.</summary>
    public static HistoryLog None(string? note) =>
        new(false, false, false, [], new Dictionary<string, string?>(StringComparer.Ordinal), note);

    /// <summary>The repository's tags, for releases (<see cref="TagLog.None"/> outside a repository).</summary>
    public TagLog Tags { get; init; } = TagLog.None;

    /// <summary>The text of a blob, or null when it is unknown or not text.</summary>
    public string? Text(string? blob) => blob is not null && Blobs.TryGetValue(blob, out var text) ? text : null;
}
