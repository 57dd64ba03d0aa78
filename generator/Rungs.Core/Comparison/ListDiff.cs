using System.Runtime.InteropServices;

namespace Rungs.Comparison;

/// <summary>Diff of two lists of items (duties, KSAs, qualification rules): which are unchanged, moved, reworded, added or removed.</summary>
public static class ListDiff
{
    /// <summary>
    /// Default similarity above which an unmatched old item and an unmatched new item are one item reworded rather than a
    /// removal plus an addition.
    /// </summary>
    /// <remarks>
    /// Tuned on the Customer Service Series (Assistant → Representative → Specialist duties) and on the lower-level
    /// patterns of other employers' specs (RewordingPatternsTests: "Learns to proofread…" → "Proofreads…", "Assists in
    /// preparing reports" → "Prepares reports", "Under close supervision, performs…" → "Performs…", tense and number).
    /// With <see cref="WordDiff.Similarity(string, string)"/> (stems, and a head that may start a few words in) the
    /// weakest rewordings that must pair score 0.461 ("Assists higher level staff in resolving customer complaints" →
    /// "Resolves customer complaints") and 0.467 ("composes … correspondence"); the highest-scoring pairs of different
    /// sample duties score 0.448 ("maintains record of customer interactions…" / "maintains awareness of organizational
    /// activities…") and 0.417 ("performs work related to the lower level…" / "performs other related duties…").
    /// 0.455 sits in that gap: a false removal plus addition shows both texts in full and misleads nobody, while a false
    /// rewording invents a connection. The gap is narrow, so change the measure or this value only with the sample-duty
    /// and rewording-pattern tests green.
    /// </remarks>
    public const double RewordThreshold = 0.455;

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
    /// Step 3 scores an old item only against the new items that share its rarer words (<see cref="WordIndex"/>): exactly
    /// the all-pairs result while at most <see cref="WordIndex.CandidateLimit"/> new items are unmatched (every real list),
    /// and beyond that at most that many scores per old item.
    /// Cost: near-linear in the items and their words (sorts, and at most <see cref="WordIndex.CandidateLimit"/> similarity
    /// scores per old item, each linear in the two items' words), plus one bounded word diff per Reworded pair (<see cref="Lcs"/>).
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
        var match = new Matches(old.Length, now.Length);
        var scratch = Scratch.Take();
        var oldKeys = Keys(old, scratch.OldKeys);
        var newKeys = Keys(now, scratch.NewKeys);
        Lcs.Pairs(oldKeys, newKeys, scratch.Pairs);
        foreach (var (i, j) in scratch.Pairs) match.Link(i, j, ItemChange.Unchanged);

        // Moves and rewordings pair an unmatched old item with an unmatched new one: often there are none on one side.
        if (Array.IndexOf(match.PartnerOfOld, -1) >= 0 && Array.IndexOf(match.PartnerOfNew, -1) >= 0)
        {
            MatchMoved(old, now, match, scratch);
            MatchReworded(old, now, match, threshold, scratch);
        }

        scratch.Return();
        return Rows(before, after, old, now, match.PartnerOfOld, match.PartnerOfNew, match.ChangeOfOld);
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

    private static ReadOnlySpan<int> Keys(PreparedItem[] items, List<int> keys)
    {
        keys.Clear();
        foreach (var item in items) keys.Add(item.Key);
        return CollectionsMarshal.AsSpan(keys);
    }

    /// <summary>Identical items left unmatched, paired in order of occurrence: each old item takes the first waiting new one.</summary>
    private static void MatchMoved(PreparedItem[] old, PreparedItem[] now, Matches match, Scratch scratch)
    {
        // Short lists, which are every list of a real spec and come here once per list diff of the site: a scan, with no
        // sort or table to fill. It pairs exactly as the queues below do.
        if (now.Length <= WordIndex.CandidateLimit)
        {
            for (var i = 0; i < old.Length; i++)
            {
                if (match.PartnerOfOld[i] >= 0) continue;
                for (var j = 0; j < now.Length; j++)
                {
                    if (match.PartnerOfNew[j] < 0 && now[j].Key == old[i].Key)
                    {
                        match.Link(i, j, ItemChange.Moved);
                        break;
                    }
                }
            }

            return;
        }

        // The waiting new items sorted by key, then position; each key's next one to take. Linear after the sort.
        var waiting = scratch.Waiting;
        var next = scratch.NextOfKey;
        waiting.Clear();
        next.Clear();
        for (var j = 0; j < now.Length; j++)
        {
            if (match.PartnerOfNew[j] < 0) waiting.Add((now[j].Key, j));
        }

        waiting.Sort();
        for (var k = waiting.Count - 1; k >= 0; k--) next[waiting[k].Key] = k;
        for (var i = 0; i < old.Length; i++)
        {
            if (match.PartnerOfOld[i] >= 0 || !next.TryGetValue(old[i].Key, out var k) || k == waiting.Count || waiting[k].Key != old[i].Key) continue;
            match.Link(i, waiting[k].After, ItemChange.Moved);
            next[old[i].Key] = k + 1;
        }
    }

    /// <summary>
    /// Pairs above the threshold, most similar first. Each old item is scored only against the new items that share its
    /// rarer words (<see cref="WordIndex"/>), so the cost is linear in the items rather than in their pairs.
    /// </summary>
    private static void MatchReworded(PreparedItem[] old, PreparedItem[] now, Matches match, double threshold, Scratch scratch)
    {
        var candidates = scratch.Candidates;
        var nearby = scratch.Nearby;
        candidates.Clear();
        nearby.Clear();
        for (var j = 0; j < now.Length; j++)
        {
            if (match.PartnerOfNew[j] < 0) nearby.Add(j);
        }

        // With few new items left the index would find every one that shares a word, and the others score 0: scoring
        // them all gives the same pairs, without building the index for every short list of a site.
        var index = nearby.Count > WordIndex.CandidateLimit ? new WordIndex(now, match.PartnerOfNew) : null;
        for (var i = 0; i < old.Length; i++)
        {
            if (match.PartnerOfOld[i] >= 0) continue;
            index?.Candidates(i, old[i].SortedStems, nearby);
            foreach (var j in nearby)
            {
                if (WordDiff.SimilarityAbove(old[i].Stems, old[i].SortedStems, now[j].Stems, now[j].SortedStems, threshold, out var similarity))
                    candidates.Add((similarity, i, j));
            }
        }

        // Highest similarity first; equal scores go to the earlier old item, then the earlier new item.
        candidates.Sort(static (x, y) =>
        {
            var order = y.Similarity.CompareTo(x.Similarity);
            if (order == 0) order = x.Before.CompareTo(y.Before);
            return order != 0 ? order : x.After.CompareTo(y.After);
        });

        foreach (var (_, i, j) in candidates)
        {
            if (match.PartnerOfOld[i] < 0 && match.PartnerOfNew[j] < 0) match.Link(i, j, ItemChange.Reworded);
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
                    WordDiff.Similarity(old[i].Stems, old[i].SortedStems, now[j].Stems, now[j].SortedStems))
                : new ItemDiff(change, before[i], after[j], i, j, now[j].Whole(WordChange.Same), 1.0));
            RemovedAfter(i);
        }

        return rows;
    }

    /// <summary>Which old item is matched to which new one (-1: none), and how.</summary>
    private readonly struct Matches
    {
        public Matches(int oldCount, int newCount)
        {
            PartnerOfOld = Filled(oldCount);
            PartnerOfNew = Filled(newCount);
            ChangeOfOld = new ItemChange[oldCount];
        }

        public int[] PartnerOfOld { get; }

        public int[] PartnerOfNew { get; }

        public ItemChange[] ChangeOfOld { get; }

        public void Link(int i, int j, ItemChange change)
        {
            PartnerOfOld[i] = j;
            PartnerOfNew[j] = i;
            ChangeOfOld[i] = change;
        }

        private static int[] Filled(int length)
        {
            var array = new int[length];
            Array.Fill(array, -1);
            return array;
        }
    }

    /// <summary>Working lists of one list diff, kept by the thread for the next: every section of every ladder step is a list diff.</summary>
    private sealed class Scratch
    {
        public List<int> OldKeys { get; } = [];

        public List<int> NewKeys { get; } = [];

        public List<(int, int)> Pairs { get; } = [];

        public List<(double Similarity, int Before, int After)> Candidates { get; } = [];

        public List<(int Key, int After)> Waiting { get; } = [];

        public Dictionary<int, int> NextOfKey { get; } = [];

        public List<int> Nearby { get; } = [];

        public static Scratch Take() => ThreadSpare<Scratch>.Take(static () => new Scratch());

        /// <summary>Hands the lists back to the thread, unless a huge list grew them.</summary>
        public void Return() =>
            ThreadSpare<Scratch>.Return(this, Pairs.Capacity <= 1024 && Candidates.Capacity <= 4096 && OldKeys.Capacity <= 1024 && NewKeys.Capacity <= 1024
                && Waiting.Capacity <= 1024 && NextOfKey.Count <= 1024 && Nearby.Capacity <= 1024);
    }
}
