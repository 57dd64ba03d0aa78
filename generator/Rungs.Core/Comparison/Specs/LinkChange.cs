namespace Rungs.Comparison.Specs;

/// <summary>A linked library item (KSA or competency) by slug and title.</summary>
public sealed record LinkedItem(string Slug, string Title, string? Summary);

/// <summary>How the KSAs (or competencies) of two classes differ: what the second adds, what it drops, what both ask.</summary>
public sealed record LinkChange(IReadOnlyList<LinkedItem> Added, IReadOnlyList<LinkedItem> Removed, IReadOnlyList<LinkedItem> Kept)
{
    public bool HasChanges => Added.Count > 0 || Removed.Count > 0;

    public static LinkChange Of(IReadOnlyList<LinkedItem> before, IReadOnlyList<LinkedItem> after)
    {
        var old = before.Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        var now = after.Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        return new LinkChange(
            after.Where(i => !old.Contains(i.Slug)).ToList(),
            before.Where(i => !now.Contains(i.Slug)).ToList(),
            after.Where(i => old.Contains(i.Slug)).ToList());
    }
}
