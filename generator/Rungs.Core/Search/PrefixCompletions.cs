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
    public readonly record struct Match(int Documents, int Mask, bool Exact);

    /// <summary>A document and the index of its best match in <see cref="Matches"/>.</summary>
    public readonly record struct Completion(int Doc, int Match) : IDocPair
    {
        int IDocPair.Value => Match;
    }

    /// <summary>The distinct matches, the most used first (so most documents refer to them with one digit).</summary>
    public List<Match> Matches { get; }

    /// <summary>Each document that has a term starting with the prefix, in order, with its best match's index.</summary>
    public List<Completion> Best { get; }

    /// <param name="terms">Every term of the index, in ordinal order.</param>
    public static PrefixCompletions Of(string prefix, string[] terms, SearchIndex index)
    {
        var n = index.Documents.Count;
        var score = new double[n];
        var match = new Match[n];
        var start = Array.BinarySearch(terms, prefix, StringComparer.Ordinal);
        for (var t = start < 0 ? ~start : start; t < terms.Length && terms[t].StartsWith(prefix, StringComparison.Ordinal); t++)
        {
            var postings = index.Terms[terms[t]];
            var exact = terms[t].Length == prefix.Length;
            // The client's score of a match (search.js, search()), in the same order of operations.
            var scale = Math.Log(1 + n / (double)postings.Count) * (exact ? 1 : 0.75);
            foreach (var p in postings)
            {
                var s = SearchWeights.Of(p.Fields) * scale;
                if (s <= score[p.Doc]) continue;
                score[p.Doc] = s;
                match[p.Doc] = new Match(postings.Count, (int)p.Fields, exact);
            }
        }

        // Count each match's documents in one pass; a match's number then replaces its count.
        var count = new Dictionary<Match, int>();
        var documents = 0;
        for (var d = 0; d < n; d++)
            if (score[d] > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(count, match[d], out _)++;
                documents++;
            }

        var matches = count.OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key.Documents).ThenBy(c => c.Key.Mask).ThenBy(c => c.Key.Exact).Select(c => c.Key).ToList();
        for (var i = 0; i < matches.Count; i++) count[matches[i]] = i;
        var best = new List<Completion>(documents);
        for (var d = 0; d < n; d++)
            if (score[d] > 0) best.Add(new Completion(d, count[match[d]]));
        return new PrefixCompletions(matches, best);
    }
}
