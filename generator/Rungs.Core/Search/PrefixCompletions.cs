using System.Runtime.InteropServices;

namespace Rungs.Search;

/// <summary>
/// What a prefix query for a split prefix (<see cref="FragmentPlan.Deep"/>) needs of all the terms that start with it:
/// per document, the one term and fields that score best, as the client would pick them from all their postings. At
/// most one entry per document, so such a query loads one bounded file instead of every fragment under the prefix.
/// </summary>
public sealed class PrefixCompletions
{
    private PrefixCompletions(List<Match> matches, List<Completion> best)
    {
        Matches = matches;
        Best = best;
    }

    /// <summary>A way to match: the term's document count, the fields (mask) and whether the term is the prefix itself.</summary>
    public readonly record struct Match(int Documents, int Mask, bool Exact)
    {
        // One number that orders as (Documents, Mask, Exact) do, for counting and sorting without a struct comparer.
        internal long Key => ((long)Documents << 32) | ((long)Mask << 1) | (Exact ? 1L : 0L);

        internal static Match OfKey(long key) => new((int)(key >> 32), (int)((key & 0xFFFF_FFFF) >> 1), (key & 1) == 1);
    }

    /// <summary>A document and the index of its best match in <see cref="Matches"/>.</summary>
    public readonly record struct Completion(int Doc, int Match) : IDocPair
    {
        int IDocPair.Value => Match;
    }

    /// <summary>The distinct matches, the most used first (so most documents refer to them with one digit).</summary>
    public List<Match> Matches { get; }

    /// <summary>Each document that has a term starting with the prefix, in order, with its best match's index.</summary>
    public List<Completion> Best { get; }

    /// <param name="terms">Every term of the index, in ordinal order, with its postings.</param>
    /// <param name="scratch">One thread's working arrays, reused from prefix to prefix.</param>
    public static PrefixCompletions Of(string prefix, SearchTerms terms, Scratch scratch)
    {
        var n = terms.DocumentCount;
        var score = scratch.Score;
        var match = scratch.Match;
        var touched = scratch.Touched;
        touched.Clear();
        var weights = SearchWeights.OfMask;
        var start = Array.BinarySearch(terms.Names, prefix, StringComparer.Ordinal);
        for (var t = start < 0 ? ~start : start; t < terms.Names.Length && terms.Names[t].StartsWith(prefix, StringComparison.Ordinal); t++)
        {
            var postings = CollectionsMarshal.AsSpan(terms.Postings[t]);
            var exact = terms.Names[t].Length == prefix.Length;
            // The client's score of a match (search.js, search()), in the same order of operations.
            var scale = Math.Log(1 + n / (double)postings.Length) * (exact ? 1 : 0.75);
            var key = new Match(postings.Length, 0, exact).Key; // the fields' mask is added per posting
            foreach (var p in postings)
            {
                var s = weights[(int)p.Fields] * scale;
                var was = score[p.Doc];
                if (s <= was) continue;
                if (was == 0) touched.Add(p.Doc);
                score[p.Doc] = s;
                match[p.Doc] = key | ((long)p.Fields << 1);
            }
        }

        // The touched documents in order: sorted when few, else found by a sweep of every document's score.
        if (touched.Count < n / 8)
            touched.Sort();
        else
        {
            touched.Clear();
            for (var d = 0; d < n; d++)
                if (score[d] > 0) touched.Add(d);
        }

        // Count each match's documents; a match's number then replaces its count. Neighbouring documents often match
        // alike (a series' classes), so a run of one key is looked up once.
        var count = new Dictionary<long, int>();
        var run = (Key: 0L, Length: 0);
        foreach (var d in touched)
        {
            score[d] = 0; // the scratch is clean again for the next prefix
            if (run.Length > 0 && match[d] == run.Key)
            {
                run.Length++;
                continue;
            }

            if (run.Length > 0) count[run.Key] = count.GetValueOrDefault(run.Key) + run.Length;
            run = (match[d], 1);
        }

        if (run.Length > 0) count[run.Key] = count.GetValueOrDefault(run.Key) + run.Length;

        var keys = count.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => c.Key).ToList();
        for (var i = 0; i < keys.Count; i++) count[keys[i]] = i;
        var best = new List<Completion>(touched.Count);
        var last = (Key: 0L, Number: -1);
        foreach (var d in touched)
        {
            if (last.Number < 0 || match[d] != last.Key) last = (match[d], count[match[d]]);
            best.Add(new Completion(d, last.Number));
        }

        return new PrefixCompletions(keys.ConvertAll(Match.OfKey), best);
    }

    /// <summary>One thread's per-document arrays for <see cref="Of"/>: zeroed scores, left clean after each prefix.</summary>
    public sealed class Scratch(int documents)
    {
        internal double[] Score { get; } = new double[documents];

        internal long[] Match { get; } = new long[documents];

        internal List<int> Touched { get; } = [];
    }
}
