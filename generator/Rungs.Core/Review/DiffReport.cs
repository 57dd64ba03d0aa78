namespace Rungs.Review;

/// <summary>
/// Everything a diff report says: the two sides (with their content problems), the content folder inside the repository
/// (for revisions), and the changes in report order. Every format is written from this one model.
/// </summary>
public sealed record DiffReport(SideSummary Base, SideSummary Head, string? ContentPath, IReadOnlyList<DiffEntry> Entries)
{
    /// <summary>The JSON schema id; see docs/diff.md.</summary>
    public const string Schema = "rungs.diff/1";

    /// <summary>Every high-impact change, in entry order.</summary>
    public IReadOnlyList<(DiffEntry Entry, Impact Impact)> HighImpact => Entries.SelectMany(e => e.Impacts.Select(i => (e, i))).ToList();

    public int Count(ItemKind kind, EntryStatus status) => Entries.Count(e => e.Kind == kind && e.Status == status);

    /// <summary>Parses and links both sides (no rendering) and compares them. Pure: the sides were read at the input edge.</summary>
    /// <param name="contentPath">The content folder's path inside the repository when git was used, shown in the header.</param>
    public static DiffReport Create(ReviewSide @base, ReviewSide head, string? contentPath = null)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(head);
        var before = LoadedSite.Load(@base.Sources);
        var after = LoadedSite.Load(head.Sources);
        return new DiffReport(
            new SideSummary(@base.Label, @base.Kind, @base.Commit, before.Diagnostics),
            new SideSummary(head.Label, head.Kind, head.Commit, after.Diagnostics),
            contentPath,
            SiteDiff.Compare(before, after));
    }
}
