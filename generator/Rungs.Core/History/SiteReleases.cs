using Rungs.Review;

namespace Rungs.History;

/// <summary>What the releases page can say.</summary>
public enum ReleasesState
{
    /// <summary>The content is not in a git repository (or the build read no history): no releases page.</summary>
    NoRepository,

    /// <summary>A shallow clone: tags and the commits they name may be missing, so nothing is listed.</summary>
    Shallow,

    /// <summary>No tag matches the `releases:` patterns.</summary>
    NoTags,
    Listed,
}

/// <summary>One class's row in a release's change matrix: its change as `rungs diff` reports it, and the kinds it marks.</summary>
/// <param name="Folder">Where its diff page goes inside the release's folder: `series/slug`, with `-2` added when a class
/// removed and another renamed into its place in one release would share it.</param>
public sealed record ReleaseRow(DiffEntry Entry, ReleaseChange Changes, string Folder)
{
    /// <summary>High impact as `rungs diff` calls it: removed, or its grade, FLSA status, code or minimum qualifications changed.</summary>
    public bool IsHighImpact => Entry.IsHighImpact;
}

/// <summary>
/// One release: its tag, a slug for its pages, the release before it (null for the first, which is compared with nothing:
/// every class it holds is added), each class that changed (high impact first), and how many other specs changed.
/// </summary>
/// <param name="Unreadable">git could not read the content at the tag (its message); the release lists no changes.</param>
public sealed record Release(GitTag Tag, string Slug, GitTag? Previous, IReadOnlyList<ReleaseRow> Rows, int OtherSpecs, string? Unreadable = null);

/// <summary>The site's releases, newest first, and the patterns that chose them.</summary>
public sealed record SiteReleases(ReleasesState State, IReadOnlyList<string> Patterns, IReadOnlyList<Release> Releases)
{
    public static readonly SiteReleases None = new(ReleasesState.NoRepository, [], []);
}
