namespace Rungs.Comparison;

/// <summary>One row of a list diff: an item's change, its old and new text and positions, its word diff and how similar the two versions are.</summary>
/// <param name="Before">The old item as given (null for Added).</param>
/// <param name="After">The new item as given (null for Removed).</param>
/// <param name="BeforeIndex">0-based position in the old list (null for Added).</param>
/// <param name="AfterIndex">0-based position in the new list (null for Removed).</param>
/// <param name="Words">
/// The word diff of the item's text without its list numbering: the real diff for Reworded, one Same segment for
/// Unchanged/Moved, one Added or Removed segment for Added/Removed (empty when the item has no words at all).
/// </param>
/// <param name="Similarity">1 for Unchanged/Moved, 0 for Added/Removed, <see cref="WordDiff.Similarity"/> for Reworded.</param>
public sealed record ItemDiff(
    ItemChange Change,
    string? Before,
    string? After,
    int? BeforeIndex,
    int? AfterIndex,
    IReadOnlyList<WordSegment> Words,
    double Similarity);
