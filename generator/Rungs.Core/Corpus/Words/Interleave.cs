namespace Rungs.Corpus.Words;

/// <summary>Round-robin ordering, so that the first n items of a list cover every group.</summary>
internal static class Interleave
{
    public static IReadOnlyList<T> ByKey<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var groups = items.GroupBy(key).Select(g => g.ToList()).ToList();
        var result = new List<T>(items.Count);
        for (var i = 0; result.Count < items.Count; i++)
            foreach (var g in groups.Where(g => i < g.Count))
                result.Add(g[i]);
        return result;
    }
}
