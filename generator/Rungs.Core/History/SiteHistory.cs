namespace Rungs.History;

/// <summary>The kind of spec a change is about, in the order recent changes list kinds within one commit.</summary>
public enum SpecKind
{
    Class,
    Series,
    Competency,
    Ksa,
    JobModel,
}

/// <summary>One commit's change to one spec: when, which commit, and what changed in spec terms.</summary>
/// <param name="Hash">The full commit hash.</param>
/// <param name="Date">The committer date, with the committer's own offset (never the build machine's clock or zone).</param>
/// <param name="Changes">The field-level summary, one phrase per change ("Pay grade 15 → 16", "Duties: 2 reworded, 1 added").</param>
public sealed record Revision(string Hash, DateTimeOffset Date, string Subject, IReadOnlyList<string> Changes)
{
    public string ShortHash => Hash.Length > 7 ? Hash[..7] : Hash;

    /// <summary>The summary as one line, phrases separated by semicolons.</summary>
    public string Summary => string.Join("; ", Changes);
}

/// <summary>The revisions of one class that changed its content (not formatting alone), newest first.</summary>
public sealed record ClassHistory(IReadOnlyList<Revision> Revisions)
{
    /// <summary>The date of the newest revision, or null when the class has none in the history read.</summary>
    public DateTimeOffset? LastChanged => Revisions.Count > 0 ? Revisions[0].Date : null;
}

/// <summary>A change to one spec within a commit, for the site-wide recent changes list and its feed.</summary>
/// <param name="Path">The spec file's content-relative path at that commit (after the change, or before a removal).</param>
/// <param name="Title">The spec's title at that commit.</param>
/// <param name="CurrentSlug">The slug the spec has on the site now (a class's key, `series/slug`), or null when the site no longer has it.</param>
public sealed record RecentChange(Revision Revision, SpecKind Kind, string Path, string Title, string? CurrentSlug);

/// <summary>
/// One commit of the recent changes list: its changes to specs (kind, then path order), the first
/// <see cref="SiteHistory.MaxListedChanges"/> of them listed and the rest counted, so an import of thousands of files stays one short entry.
/// </summary>
/// <param name="Total">How many specs the commit changed; more than <see cref="Changes"/> holds when some are not listed.</param>
public sealed record RecentCommit(string Hash, DateTimeOffset Date, string Subject, IReadOnlyList<RecentChange> Changes, int Total)
{
    public string ShortHash => Hash.Length > 7 ? Hash[..7] : Hash;

    /// <summary>How many changed specs the entry counts without listing them.</summary>
    public int Unlisted => Total - Changes.Count;
}

/// <summary>
/// The history pages show, computed from git at build time: each class's revisions and the site's recent changes.
/// <see cref="None"/> when the build has no history (no git, a folder outside a repository, or an in-memory build).
/// </summary>
public sealed class SiteHistory
{
    /// <summary>How many commits the recent changes page and feed list.</summary>
    public const int DefaultRecentCount = 20;

    /// <summary>How many of one commit's changed specs the recent changes page and feed name.</summary>
    public const int MaxListedChanges = 25;

    public static readonly SiteHistory None = new(false, null, [], new Dictionary<string, ClassHistory>(StringComparer.Ordinal));

    public SiteHistory(bool available, DateTimeOffset? startsAt, IReadOnlyList<RecentCommit> recent, IReadOnlyDictionary<string, ClassHistory> classes)
    {
        Available = available;
        StartsAt = startsAt;
        Recent = recent;
        _classes = classes;
    }

    private readonly IReadOnlyDictionary<string, ClassHistory> _classes;

    /// <summary>Whether the build read any history; false means pages show none.</summary>
    public bool Available { get; }

    /// <summary>
    /// When the history is incomplete (a shallow clone, or more commits than the build reads): the date of the oldest
    /// commit read. Earlier revisions are not known. Null when the whole history was read.
    /// </summary>
    public DateTimeOffset? StartsAt { get; }

    /// <summary>The newest commits that changed specs: date descending, then commit hash; each lists its changes by kind and path.</summary>
    public IReadOnlyList<RecentCommit> Recent { get; }

    /// <summary>The releases from git tags (<see cref="SiteReleases.None"/> without a repository).</summary>
    public SiteReleases Releases { get; init; } = SiteReleases.None;

    /// <summary>The revisions of a class of the site, by its current key `series/slug` (empty when it has none).</summary>
    public ClassHistory ForClass(string key) => _classes.TryGetValue(key, out var history) ? history : Empty;

    private static readonly ClassHistory Empty = new([]);
}
