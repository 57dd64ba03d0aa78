using Rungs.Diagnostics;
using Rungs.Input;

namespace Rungs.Review;

/// <summary>Where one side of a diff comes from.</summary>
public enum SideKind
{
    /// <summary>A content folder given on the command line.</summary>
    Folder,

    /// <summary>A git revision (branch, tag, commit) of the repository holding the content.</summary>
    Revision,

    /// <summary>The content folder as it is on disk now (HEAD left out).</summary>
    WorkingTree,
}

/// <summary>One side of a diff as read at the input edge: what it is called, where it came from, and its files.</summary>
/// <param name="Label">The argument as given (`main`, `HEAD~1`, `old/content`), or `working tree`.</param>
/// <param name="Commit">The full commit id of a revision; null otherwise.</param>
public sealed record ReviewSide(string Label, SideKind Kind, string? Commit, ContentSources Sources);

/// <summary>A side as the report describes it: label, kind, commit, and the problems its content has.</summary>
public sealed record SideSummary(string Label, SideKind Kind, string? Commit, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>The first 7 characters of the commit id, as GitHub shows it.</summary>
    public string? ShortCommit => Commit is null ? null : Commit[..Math.Min(7, Commit.Length)];
}

/// <summary>
/// Problems that stop a diff before it starts: an argument that is neither a folder nor a revision, a revision missing
/// from a shallow clone (<see cref="IsUsage"/>: exit 2), or git missing or failing (exit 1).
/// </summary>
public sealed class ReviewInputException(string message, string? hint, bool isUsage) : Exception(message)
{
    public string? Hint { get; } = hint;

    public bool IsUsage { get; } = isUsage;
}
