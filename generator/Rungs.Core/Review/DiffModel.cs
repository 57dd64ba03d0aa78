using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Content;

namespace Rungs.Review;

/// <summary>The kinds of spec a revision diff reports on, in report order.</summary>
public enum ItemKind
{
    Series,
    Class,
    Competency,
    Ksa,
    JobModel,
}

/// <summary>What happened to one spec between the two revisions, in report order.</summary>
public enum EntryStatus
{
    Added,
    Removed,

    /// <summary>Same item (same code for a class, else same title) under a new slug: the file was renamed (and maybe moved).</summary>
    Renamed,

    /// <summary>A class with the same slug in another series folder.</summary>
    Moved,
    Changed,
}

/// <summary>Whether a section is new, gone, or in both revisions with changes.</summary>
public enum SectionStatus
{
    Added,
    Removed,
    Changed,
}

/// <summary>One side's view of an item: its slug, series (classes only), file path inside the content folder, title and code.</summary>
public sealed record ItemRef(string Slug, string? Series, string Path, string Title, string? Code);

/// <summary>A list-valued field (aliases, example positions) whose items changed: only the rows that are not unchanged.</summary>
public sealed record ListFieldChange(string Id, string Label, IReadOnlyList<ItemDiff> Items);

/// <summary>A field of references (KSAs, competencies, classes): the slugs it gained and lost.</summary>
public sealed record LinkFieldChange(string Id, string Label, IReadOnlyList<LinkedItem> Added, IReadOnlyList<LinkedItem> Removed);

/// <summary>
/// A section that was added, removed or changed: its list items that changed (not the unchanged ones) and, when its text
/// outside lists changed, the word diff of that text (empty otherwise).
/// </summary>
public sealed record SectionDelta(SectionKind Kind, string Id, string Title, SectionStatus Status, IReadOnlyList<ItemDiff> Items, IReadOnlyList<WordSegment> Text)
{
    public int Count(ItemChange change) => Items.Count(i => i.Change == change);

    public bool TextChanged => Text.Any(w => w.Change != WordChange.Same);
}

/// <summary>Why a change is high impact (it can change pay or who qualifies), with a one-line summary such as `Pay grade: 15 → 16`.</summary>
/// <param name="Reason">`class-removed`, `class-abolished`, `code`, `grade`, `flsa` or `minimum-qualifications`.</param>
public sealed record Impact(string Reason, string Label, string? Before, string? After, string Summary)
{
    public const string ClassRemoved = "class-removed";
    public const string ClassAbolished = "class-abolished";
    public const string Code = "code";
    public const string Grade = "grade";
    public const string Flsa = "flsa";
    public const string MinimumQualifications = "minimum-qualifications";
}

/// <summary>
/// One spec's change. <see cref="Before"/> is null for an added item and <see cref="After"/> for a removed one. For an
/// added or removed item, <see cref="Fields"/> lists its values (the other side null) and the other lists are empty.
/// </summary>
public sealed record DiffEntry(
    ItemKind Kind,
    EntryStatus Status,
    ItemRef? Before,
    ItemRef? After,
    IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<ListFieldChange> Lists,
    IReadOnlyList<LinkFieldChange> Links,
    IReadOnlyList<SectionDelta> Sections,
    IReadOnlyList<Impact> Impacts)
{
    /// <summary>The item as it is now, or as it was when removed.</summary>
    public ItemRef Current => After ?? Before!;

    public bool IsHighImpact => Impacts.Count > 0;
}
