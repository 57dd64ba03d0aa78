namespace Rungs.Comparison;

/// <summary>One text ready for comparison: its words, their ids and stems' ids, and an id for its whole normalised text.</summary>
/// <param name="Key">Equal for two texts exactly when their ids are equal (same vocabulary).</param>
internal sealed class PreparedItem(TokenizedText text, int[] ids, int key, Vocabulary vocabulary)
{
    private int[]? _stems;
    private int[]? _sortedStems;

    public TokenizedText Text { get; } = text;

    public int[] Ids { get; } = ids;

    public int Key { get; } = key;

    /// <summary>
    /// The words' stem ids (<see cref="Vocabulary.StemOf"/>), for the similarity that pairs reworded items; made on first use,
    /// as most items are matched unchanged and never scored.
    /// </summary>
    public int[] Stems => _stems ??= vocabulary.StemsOf(Ids);

    /// <summary><see cref="Stems"/> sorted, for the multiset overlap of <see cref="WordDiff.Similarity(int[], int[], int[], int[])"/>; made on first use.</summary>
    public int[] SortedStems => _sortedStems ??= WordDiff.Sorted(Stems);

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
