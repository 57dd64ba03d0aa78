namespace Rungs.Comparison;

/// <summary>Diff of two lists of items (duties, KSAs, qualification rules): which are unchanged, moved, reworded, added or removed.</summary>
public static class ListDiff
{
    /// <summary>
    /// Default similarity above which an unmatched old item and an unmatched new item are one item reworded rather than a
    /// removal plus an addition.
    /// </summary>
    /// <remarks>
    /// Tuned on the Customer Service Series (Assistant → Representative → Specialist duties). With
    /// <see cref="WordDiff.Similarity(string, string)"/> the rewordings that must pair score 0.467 ("composes …
    /// correspondence"), 0.547, 0.730 and 0.760; the highest-scoring pairs of different duties score 0.417 ("performs work
    /// related to the lower level…" / "performs other related duties…") and 0.412 ("maintains record of customer
    /// interactions…" / "maintains awareness of organizational activities…"). 0.45 sits in that gap, a little nearer the
    /// weakest good pair on purpose: a false removal plus addition shows both texts in full and misleads nobody, while a
    /// false rewording invents a connection. The gap is narrow (0.017 above, 0.033 below), so change the measure or this
    /// value only with the sample-duty tests green.
    /// </remarks>
    public const double RewordThreshold = 0.45;

    /// <summary>
    /// Matches items and reports one row per item. Items are compared without their leading list numbering ("1.", "(a)")
    /// and by their normalised words (case, whitespace and the punctuation around words ignored, as in the word diff),
    /// so an item is Unchanged exactly when its word diff has nothing to show.
    /// </summary>
    /// <remarks>
    /// Steps: (1) identical items that keep their relative order (a longest common subsequence of the two lists) are
    /// Unchanged; (2) the remaining identical items, paired by order of occurrence, are Moved (they cannot keep their order,
    /// or step 1 would have taken them); (3) the remaining items are paired greedily by descending similarity while it
    /// exceeds <paramref name="threshold"/>, ties going to the earlier old item, then the earlier new item; such pairs are
    /// Reworded. Reworded pairs take no part in move detection: a reworded item that also moved is still just Reworded,
    /// because the change in wording is what a reader needs to see, and letting it anchor the order could make an
    /// untouched item look Moved. Everything left is Added or Removed.
    /// Output follows the new list; each Removed item comes right after the row of the item that preceded it in the old
    /// list (first, if it was first), so removals appear where they used to be.
    /// Cost: O(n·m) similarity scores per call, each linear in the items' words, plus one word diff per Reworded pair.
    /// </remarks>
    /// <param name="threshold">In [0, 1]; 1 never rewords, 0 pairs any two items that share a word.</param>
    public static IReadOnlyList<ItemDiff> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after, double threshold = RewordThreshold) =>
        Compare(before, after, new PreparedTexts(), threshold);

    /// <summary>As <see cref="Compare(IReadOnlyList{string}, IReadOnlyList{string}, double)"/>, with items tokenized through <paramref name="texts"/>, which may already hold them.</summary>
    internal static IReadOnlyList<ItemDiff> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after, PreparedTexts texts, double threshold = RewordThreshold)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (double.IsNaN(threshold) || threshold < 0 || threshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The reword threshold must be between 0 and 1.");
        }

        var old = Prepare(before, nameof(before), texts);
        var now = Prepare(after, nameof(after), texts);

        // For each old item: the new index it is matched to (-1: removed) and how.
        var partnerOfOld = Filled(old.Length, -1);
        var partnerOfNew = Filled(now.Length, -1);
        var changeOfOld = new ItemChange[old.Length];
        void Link(int i, int j, ItemChange change)
        {
            partnerOfOld[i] = j;
            partnerOfNew[j] = i;
            changeOfOld[i] = change;
        }

        foreach (var (i, j) in Lcs.Pairs(Array.ConvertAll(old, item => item.Key), Array.ConvertAll(now, item => item.Key)))
        {
            Link(i, j, ItemChange.Unchanged);
        }

        // Moves and rewordings pair an unmatched old item with an unmatched new one: often there are none on one side.
        if (Array.IndexOf(partnerOfOld, -1) >= 0 && Array.IndexOf(partnerOfNew, -1) >= 0)
        {
            MatchMoved(old, now, partnerOfOld, partnerOfNew, Link);
            MatchReworded(old, now, partnerOfOld, partnerOfNew, threshold, Link);
        }

        return Rows(before, after, old, now, partnerOfOld, partnerOfNew, changeOfOld);
    }

    private static PreparedItem[] Prepare(IReadOnlyList<string> items, string name, PreparedTexts texts)
    {
        var prepared = new PreparedItem[items.Count];
        for (var k = 0; k < prepared.Length; k++)
        {
            prepared[k] = texts.Item(items[k] ?? throw new ArgumentException($"Item {k} is null.", name));
        }

        return prepared;
    }

    private static void MatchMoved(PreparedItem[] old, PreparedItem[] now, int[] partnerOfOld, int[] partnerOfNew, Action<int, int, ItemChange> link)
    {
        var waiting = new Dictionary<int, Queue<int>>();
        for (var j = 0; j < now.Length; j++)
        {
            if (partnerOfNew[j] >= 0) continue;
            if (!waiting.TryGetValue(now[j].Key, out var queue)) waiting.Add(now[j].Key, queue = new Queue<int>());
            queue.Enqueue(j);
        }

        for (var i = 0; i < old.Length; i++)
        {
            if (partnerOfOld[i] < 0 && waiting.TryGetValue(old[i].Key, out var queue) && queue.Count > 0)
            {
                link(i, queue.Dequeue(), ItemChange.Moved);
            }
        }
    }

    private static void MatchReworded(PreparedItem[] old, PreparedItem[] now, int[] partnerOfOld, int[] partnerOfNew, double threshold, Action<int, int, ItemChange> link)
    {
        var candidates = new List<(double Similarity, int Before, int After)>();
        for (var i = 0; i < old.Length; i++)
        {
            if (partnerOfOld[i] >= 0) continue;
            for (var j = 0; j < now.Length; j++)
            {
                if (partnerOfNew[j] >= 0) continue;
                var similarity = WordDiff.Similarity(old[i].Ids, old[i].SortedIds, now[j].Ids, now[j].SortedIds);
                if (similarity > threshold) candidates.Add((similarity, i, j));
            }
        }

        // Highest similarity first; equal scores go to the earlier old item, then the earlier new item.
        candidates.Sort((x, y) =>
        {
            var order = y.Similarity.CompareTo(x.Similarity);
            if (order == 0) order = x.Before.CompareTo(y.Before);
            return order != 0 ? order : x.After.CompareTo(y.After);
        });

        foreach (var (_, i, j) in candidates)
        {
            if (partnerOfOld[i] < 0 && partnerOfNew[j] < 0) link(i, j, ItemChange.Reworded);
        }
    }

    private static List<ItemDiff> Rows(
        IReadOnlyList<string> before,
        IReadOnlyList<string> after,
        PreparedItem[] old,
        PreparedItem[] now,
        int[] partnerOfOld,
        int[] partnerOfNew,
        ItemChange[] changeOfOld)
    {
        var rows = new List<ItemDiff>(old.Length + now.Length);

        // Removed items follow the row of their old predecessor; a run of removals follows it in old order.
        void RemovedAfter(int oldIndex)
        {
            for (var i = oldIndex + 1; i < old.Length && partnerOfOld[i] < 0; i++)
            {
                rows.Add(new ItemDiff(ItemChange.Removed, before[i], null, i, null, old[i].Whole(WordChange.Removed), 0.0));
            }
        }

        RemovedAfter(-1);
        for (var j = 0; j < now.Length; j++)
        {
            var i = partnerOfNew[j];
            if (i < 0)
            {
                rows.Add(new ItemDiff(ItemChange.Added, null, after[j], null, j, now[j].Whole(WordChange.Added), 0.0));
                continue;
            }

            var change = changeOfOld[i];
            rows.Add(change == ItemChange.Reworded
                ? new ItemDiff(
                    change,
                    before[i],
                    after[j],
                    i,
                    j,
                    WordDiff.Compare(old[i].Text, old[i].Ids, now[j].Text, now[j].Ids),
                    WordDiff.Similarity(old[i].Ids, old[i].SortedIds, now[j].Ids, now[j].SortedIds))
                : new ItemDiff(change, before[i], after[j], i, j, now[j].Whole(WordChange.Same), 1.0));
            RemovedAfter(i);
        }

        return rows;
    }

    private static int[] Filled(int length, int value)
    {
        var array = new int[length];
        Array.Fill(array, value);
        return array;
    }
}
