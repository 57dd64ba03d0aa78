using System.Collections.Concurrent;

namespace Rungs.Search;

/// <summary>A document and a number the search files write after it, as `[Δdoc, value, …]` (<see cref="SearchIndexFiles"/>).</summary>
public interface IDocPair
{
    int Doc { get; }

    int Value { get; }
}

/// <summary>One occurrence list entry: a document and the fields the term occurs in.</summary>
public readonly record struct Posting(int Doc, SearchField Fields) : IDocPair
{
    int IDocPair.Value => (int)Fields;
}

/// <summary>The inverted index: each term's postings in document order, and each normalised name's documents.</summary>
public sealed class SearchIndex
{
    private SearchIndex(IReadOnlyList<SearchDocument> documents, SortedDictionary<string, List<Posting>> terms, SortedDictionary<string, List<int>> names)
    {
        Documents = documents;
        Terms = terms;
        Names = names;
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Terms in ordinal order, each with its postings sorted by document.</summary>
    public SortedDictionary<string, List<Posting>> Terms { get; }

    /// <summary>Normalised names (`cust svc rep 3`) and the documents that carry them.</summary>
    public SortedDictionary<string, List<int>> Names { get; }

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        // Tokenising is the costly part and each document is independent: do it in parallel, one collector per thread
        // reused across its documents. Then merge in document order, so postings come out sorted by document.
        var packed = new int[documents.Count][];
        var collectorOf = new int[documents.Count];
        var names = new string[documents.Count][];
        var collectors = new List<DocumentTermCollector>();
        Parallel.ForEach(Partitioner.Create(0, documents.Count, 64), () =>
            {
                lock (collectors)
                {
                    collectors.Add(new DocumentTermCollector(collectors.Count));
                    return collectors[^1];
                }
            },
            (range, _, collector) =>
            {
                for (var doc = range.Item1; doc < range.Item2; doc++)
                {
                    packed[doc] = collector.Collect(documents[doc]);
                    collectorOf[doc] = collector.Number;
                    names[doc] = NamesOf(documents[doc]);
                }

                return collector;
            },
            _ => { });

        return new SearchIndex(documents, MergeTerms(packed, collectorOf, collectors), MergeNames(names));
    }

    /// <summary>Each term's postings in document order, from every document's packed terms.</summary>
    private static SortedDictionary<string, List<Posting>> MergeTerms(int[][] packed, int[] collectorOf, List<DocumentTermCollector> collectors)
    {
        // Map each collector's local term numbers to index-wide ones: one lookup per distinct term and thread, not per posting.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var global = new int[collectors.Count][];
        foreach (var collector in collectors)
        {
            var map = global[collector.Number] = new int[collector.Terms.Count];
            for (var local = 0; local < map.Length; local++)
            {
                var term = collector.Terms[local];
                if (!numbers.TryGetValue(term, out var number))
                {
                    numbers[term] = number = terms.Count;
                    terms.Add(term);
                }

                map[local] = number;
            }
        }

        // Count first, so every postings list is allocated once at its final size.
        var counts = new int[terms.Count];
        for (var doc = 0; doc < packed.Length; doc++)
        {
            var map = global[collectorOf[doc]];
            foreach (var p in packed[doc]) counts[map[p >> DocumentTermCollector.MaskBits]]++;
        }

        var postings = new List<Posting>[terms.Count];
        for (var t = 0; t < postings.Length; t++) postings[t] = new List<Posting>(counts[t]);
        for (var doc = 0; doc < packed.Length; doc++)
        {
            var map = global[collectorOf[doc]];
            foreach (var p in packed[doc])
                postings[map[p >> DocumentTermCollector.MaskBits]].Add(new Posting(doc, (SearchField)(p & 0xFF)));
            packed[doc] = [];
        }

        var sorted = new SortedDictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var t = 0; t < postings.Length; t++)
            if (postings[t].Count > 0) sorted.Add(terms[t], postings[t]);
        return sorted;
    }

    private static SortedDictionary<string, List<int>> MergeNames(string[][] perDocument)
    {
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var doc = 0; doc < perDocument.Length; doc++)
        foreach (var name in perDocument[doc])
        {
            if (!names.TryGetValue(name, out var list)) names[name] = list = [];
            list.Add(doc);
        }

        return new SortedDictionary<string, List<int>>(names, StringComparer.Ordinal);
    }

    // Each distinct normalised name once; an empty one (a name of punctuation only) is no name.
    private static string[] NamesOf(SearchDocument document)
    {
        var names = new List<string>(document.Names.Count);
        foreach (var text in document.Names)
        {
            var name = SearchTokenizer.Name(text);
            if (name.Length > 0 && !names.Contains(name)) names.Add(name);
        }

        return names.ToArray();
    }
}
