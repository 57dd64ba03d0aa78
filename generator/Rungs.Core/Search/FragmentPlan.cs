namespace Rungs.Search;

/// <summary>
/// Which terms go into which fragment file. Terms are grouped by first character; a group too large for one
/// file is split by its first two characters, and if still too large by three (docs/search.md, "Files").
/// </summary>
public sealed class FragmentPlan
{
    /// <summary>About how large a fragment may grow (estimated JSON characters) before its group is split further.</summary>
    public const int Budget = 48 * 1024;

    public const int MaxSplit = 3;

    /// <summary>The key of every term that is not a-z or 0-9 first.</summary>
    public const string OtherKey = "_";

    private FragmentPlan(SortedDictionary<string, int> split) => Split = split;

    /// <summary>Prefix length per first character (only those split beyond 1 need listing, but all groups are listed).</summary>
    public SortedDictionary<string, int> Split { get; }

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

        return new FragmentPlan(split);
    }

    /// <summary>The fragment key of a term under this plan.</summary>
    public string KeyOf(string term) =>
        GroupOf(term) == OtherKey ? OtherKey : KeyOf(term, Split.GetValueOrDefault(term[..1], 1));

    private static string KeyOf(string term, int length) => term[..Math.Min(length, term.Length)];

    private static string GroupOf(string term) =>
        term[0] is >= 'a' and <= 'z' or >= '0' and <= '9' ? term[..1] : OtherKey;

    // A posting costs about two numbers of a few digits each; close enough to compare against the budget.
    private static int EstimateSize(KeyValuePair<string, List<Posting>> term) => term.Key.Length + 4 + term.Value.Count * 7;
}
