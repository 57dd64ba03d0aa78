using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>
/// The list diff's matching as it was before it was bounded: every unmatched old item scored against every unmatched new
/// one. Kept only here, as the reference the bounded matching must agree with.
/// </summary>
internal static class AllPairsMatching
{
    /// <summary>One line per matched or unmatched item: "Unchanged 3→1", "Reworded 0→2", "Removed 4→", "Added →5", sorted.</summary>
    public static IReadOnlyList<string> Match(IReadOnlyList<string> before, IReadOnlyList<string> after, double threshold = ListDiff.RewordThreshold)
    {
        var texts = new PreparedTexts();
        var old = before.Select(texts.Item).ToArray();
        var now = after.Select(texts.Item).ToArray();
        var partnerOfOld = Enumerable.Repeat(-1, old.Length).ToArray();
        var partnerOfNew = Enumerable.Repeat(-1, now.Length).ToArray();
        var lines = new List<string>();
        void Link(int i, int j, ItemChange change)
        {
            partnerOfOld[i] = j;
            partnerOfNew[j] = i;
            lines.Add($"{change} {i}→{j}");
        }

        foreach (var (i, j) in Lcs.Pairs(old.Select(o => o.Key).ToArray(), now.Select(n => n.Key).ToArray())) Link(i, j, ItemChange.Unchanged);

        for (var i = 0; i < old.Length; i++)
        {
            for (var j = 0; j < now.Length && partnerOfOld[i] < 0; j++)
            {
                if (partnerOfNew[j] < 0 && now[j].Key == old[i].Key) Link(i, j, ItemChange.Moved);
            }
        }

        var candidates = new List<(double Similarity, int Before, int After)>();
        for (var i = 0; i < old.Length; i++)
        {
            for (var j = 0; j < now.Length; j++)
            {
                if (partnerOfOld[i] >= 0 || partnerOfNew[j] >= 0) continue;
                var similarity = WordDiff.Similarity(old[i].Stems, old[i].SortedStems, now[j].Stems, now[j].SortedStems);
                if (similarity > threshold) candidates.Add((similarity, i, j));
            }
        }

        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Similarity).ThenBy(c => c.Before).ThenBy(c => c.After))
        {
            if (partnerOfOld[i] < 0 && partnerOfNew[j] < 0) Link(i, j, ItemChange.Reworded);
        }

        lines.AddRange(Enumerable.Range(0, old.Length).Where(i => partnerOfOld[i] < 0).Select(i => $"{ItemChange.Removed} {i}→"));
        lines.AddRange(Enumerable.Range(0, now.Length).Where(j => partnerOfNew[j] < 0).Select(j => $"{ItemChange.Added} →{j}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The same lines for the rows of a list diff.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<ItemDiff> rows)
    {
        var lines = rows.Select(row => $"{row.Change} {row.BeforeIndex}→{row.AfterIndex}").ToList();
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
