namespace Rungs.Search;

/// <summary>
/// Which terms go into which fragment file. Terms are grouped by first character; a group too large for one
/// file is split by its first two characters, and if still too large by three. A fragment still too large is then
/// split one character further, and again, only where needed (a trie: `Deep` lists those prefixes), until it fits or
/// holds a single term (docs/search.md, "Files").
/// </summary>
public sealed class FragmentPlan
{
    /// <summary>About how large a fragment may grow (estimated JSON characters) before its group is split further.</summary>
    public const int Budget = 48 * 1024;

    /// <summary>The longest prefix every term of a first character is split by; beyond it only large fragments are split.</summary>
    public const int MaxSplit = 3;

    /// <summary>The key of every term that is not a-z or 0-9 first.</summary>
    public const string OtherKey = "_";

    private FragmentPlan(SortedDictionary<string, int> split, SortedSet<string> deep)
    {
        Split = split;
        Deep = deep;
    }

    /// <summary>Prefix length per first character (only those split beyond 1 need listing, but all groups are listed).</summary>
    public SortedDictionary<string, int> Split { get; }

    /// <summary>
    /// Prefixes (of at least <see cref="MaxSplit"/> characters) whose fragment was too large and is split by one more
    /// character; the fragment of such a prefix keeps only the term equal to it.
    /// </summary>
    public SortedSet<string> Deep { get; }

    public static FragmentPlan For(SearchIndex index)
    {
        var split = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in index.Terms.GroupBy(t => GroupOf(t.Key)))
        {
            if (group.Key == OtherKey) continue;
            var length = 1;
            // Split further while some fragment of this group would exceed the budget.
            while (length < MaxSplit && group.GroupBy(t => KeyOf(t.Key, length)).Any(f => f.Sum(EstimateSize) > Budget))
                length++;
            split[group.Key] = length;
        }

        var plan = new FragmentPlan(split, new SortedSet<string>(StringComparer.Ordinal));
        // Past MaxSplit, split only the fragments that are too large and hold more than one term, one character at a time.
        var pending = new Queue<List<KeyValuePair<string, List<Posting>>>>(
            index.Terms.GroupBy(t => plan.KeyOf(t.Key)).Where(f => f.Key != OtherKey).Select(f => f.ToList()));
        while (pending.TryDequeue(out var fragment))
        {
            if (fragment.Count < 2 || fragment.Sum(EstimateSize) <= Budget) continue;
            var key = plan.KeyOf(fragment[0].Key);
            plan.Deep.Add(key);
            foreach (var part in fragment.GroupBy(t => KeyOf(t.Key, key.Length + 1)).Where(p => p.Key != key)) pending.Enqueue(part.ToList());
        }

        return plan;
    }

    /// <summary>The fragment key of a term under this plan.</summary>
    public string KeyOf(string term)
    {
        if (GroupOf(term) == OtherKey) return OtherKey;
        var length = Math.Min(Split.GetValueOrDefault(term[..1], 1), term.Length);
        while (Deep.Count > 0 && length < term.Length && Deep.Contains(term[..length])) length++;
        return term[..length];
    }

    private static string KeyOf(string term, int length) => term[..Math.Min(length, term.Length)];

    private static string GroupOf(string term) =>
        term[0] is >= 'a' and <= 'z' or >= '0' and <= '9' ? term[..1] : OtherKey;

    // A posting costs about two numbers of a few digits each; close enough to compare against the budget.
    private static int EstimateSize(KeyValuePair<string, List<Posting>> term) => term.Key.Length + 4 + term.Value.Count * 7;
}
