using Rungs.Input;

namespace Rungs.History;

/// <summary>A git tag as read at the edge: its name, the commit it names, its date and (annotated tags only) its message.</summary>
/// <param name="ObjectId">The tag object's id (annotated) or the commit's (lightweight): what names this release for good.</param>
/// <param name="Date">The tagger date of an annotated tag; a lightweight tag has its commit's committer date.</param>
/// <param name="Message">An annotated tag's message (subject, blank line, body); null for a lightweight tag.</param>
public sealed record GitTag(string Name, string ObjectId, string Commit, DateTimeOffset Date, string? Message);

/// <summary>
/// The tags of the repository holding the content, and how to read the content folder at a commit. Plain data and a
/// reader the edge supplies (`git archive`, as `rungs diff` reads a revision), so the releases stage is tested without git.
/// </summary>
/// <param name="InRepository">False when the content is not in a git repository (nothing about releases is shown).</param>
/// <param name="Shallow">A shallow clone: its tags and the commits they name may be missing, so no release is listed.</param>
/// <param name="ReadCommit">The content folder's files at a commit.</param>
public sealed record TagLog(bool InRepository, bool Shallow, IReadOnlyList<GitTag> Tags, Func<string, ContentSources> ReadCommit)
{
    /// <summary>No repository: the site has no releases page.</summary>
    public static readonly TagLog None = new(false, false, [], _ => new ContentSources([], []));
}
