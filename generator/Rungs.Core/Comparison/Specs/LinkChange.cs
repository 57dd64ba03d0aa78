namespace Rungs.Comparison.Specs;

/// <summary>A linked library item (KSA or competency) by slug and title.</summary>
public sealed record LinkedItem(string Slug, string Title, string? Summary);

/// <summary>How the KSAs (or competencies) of two classes differ: what the second adds, what it drops, what both ask.</summary>
public sealed record LinkChange(IReadOnlyList<LinkedItem> Added, IReadOnlyList<LinkedItem> Removed, IReadOnlyList<LinkedItem> Kept)
{
    public bool HasChanges => Added.Count > 0 || Removed.Count > 0;

    public static LinkChange Of(IReadOnlyList<LinkedItem> before, IReadOnlyList<LinkedItem> after)
    {
        // A class links a handful of items: scanning the other list beats hashing every slug of every ladder step.
        var added = new List<LinkedItem>();
        var kept = new List<LinkedItem>();
        for (var k = 0; k < after.Count; k++) (Has(before, after[k].Slug) ? kept : added).Add(after[k]);
        var removed = new List<LinkedItem>();
        for (var k = 0; k < before.Count; k++)
            if (!Has(after, before[k].Slug)) removed.Add(before[k]);
        return new LinkChange(added, removed, kept);
    }

    private static bool Has(IReadOnlyList<LinkedItem> items, string slug)
    {
        for (var k = 0; k < items.Count; k++)
            if (string.Equals(items[k].Slug, slug, StringComparison.Ordinal)) return true;
        return false;
    }
}
