namespace Rungs.Search;

/// <summary>Where in a document a token occurs; a posting stores these as a bit mask (docs/search.md, "What is indexed").</summary>
[Flags]
public enum SearchField : byte
{
    Code = 1,
    Title = 2,
    Name = 4,
    Positions = 8,
    Series = 16,
    Linked = 32,
    Facts = 64,
    Body = 128,
}

/// <summary>How much a match in each field counts: an exact code or title beats a passing mention in a duty.</summary>
public static class SearchWeights
{
    /// <summary>Weights in bit order (Code, Title, Name, Positions, Series, Linked, Facts, Body).</summary>
    public static readonly IReadOnlyList<int> ByBit = [40, 16, 12, 6, 4, 2, 2, 1];

    /// <summary>The score of every mask, by mask: for loops over millions of postings.</summary>
    internal static readonly int[] OfMask = [.. Enumerable.Range(0, 256).Select(m => Of((SearchField)m))];

    /// <summary>The score of a mask: the sum of its fields' weights.</summary>
    public static int Of(SearchField mask)
    {
        var total = 0;
        for (var bit = 0; bit < ByBit.Count; bit++)
            if (((int)mask & (1 << bit)) != 0) total += ByBit[bit];
        return total;
    }
}
