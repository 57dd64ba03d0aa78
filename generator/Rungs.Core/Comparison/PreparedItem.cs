namespace Rungs.Comparison;

/// <summary>One list item ready for comparison: its words without list numbering, their ids (as written and sorted) and an id for its whole normalised text.</summary>
internal sealed record PreparedItem(TokenizedText Text, int[] Ids, int[] SortedIds, int Key);
