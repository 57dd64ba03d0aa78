namespace Rungs.Comparison;

/// <summary>One text ready for comparison: its words, their ids, and an id for its whole normalised text.</summary>
/// <param name="Key">Equal for two texts exactly when their ids are equal (same vocabulary).</param>
internal sealed class PreparedItem(TokenizedText text, int[] ids, int key)
{
    private int[]? _sortedIds;

    public TokenizedText Text { get; } = text;

    public int[] Ids { get; } = ids;

    /// <summary>The ids sorted, for the multiset overlap of <see cref="WordDiff.Similarity(int[], int[], int[], int[])"/>; made on first use.</summary>
    public int[] SortedIds => _sortedIds ??= WordDiff.Sorted(Ids);

    public int Key { get; } = key;

    // One per change, made on first use: an item shared by several classes shows whole on several rows.
    private IReadOnlyList<WordSegment>? _same;
    private IReadOnlyList<WordSegment>? _removed;
    private IReadOnlyList<WordSegment>? _added;

    /// <summary>The whole text as one segment of <paramref name="change"/>, none when it has no words; made once per change.</summary>
    public IReadOnlyList<WordSegment> Whole(WordChange change) => change switch
    {
        WordChange.Same => _same ??= Segment(change),
        WordChange.Removed => _removed ??= Segment(change),
        _ => _added ??= Segment(change),
    };

    private IReadOnlyList<WordSegment> Segment(WordChange change) => Text.Count == 0 ? [] : [new WordSegment(change, Text.Joined)];
}
