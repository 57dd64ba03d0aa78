using Rungs.Content;

namespace Rungs.Comparison.Specs;

/// <summary>
/// How one section differs between two classes. Known sections with lists compare item by item (<see cref="Items"/>);
/// other sections compare their text word by word (<see cref="Words"/>).
/// </summary>
/// <param name="Inherited">Items of the lower level that the higher one keeps by including the lower level's work, not as removals.</param>
public sealed record SectionChange(
    SectionKind Kind,
    string Id,
    string Title,
    IReadOnlyList<ItemDiff> Items,
    IReadOnlyList<WordSegment> Words,
    IReadOnlyList<string> Inherited)
{
    public bool HasItems => Items.Count > 0 || Inherited.Count > 0;

    public bool HasChanges => Items.Any(i => i.Change != ItemChange.Unchanged) || Words.Any(w => w.Change != WordChange.Same);

    /// <summary>How many items changed as <paramref name="change"/>; a plain loop, as every section of every ladder step asks for all five.</summary>
    public int Count(ItemChange change)
    {
        var count = 0;
        for (var i = 0; i < Items.Count; i++)
            if (Items[i].Change == change) count++;
        return count;
    }
}
