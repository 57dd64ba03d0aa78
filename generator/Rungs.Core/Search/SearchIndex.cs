namespace Rungs.Search;

/// <summary>One occurrence list entry: a document and the fields the term occurs in.</summary>
public readonly record struct Posting(int Doc, SearchField Fields);

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
        // Tokenising is the costly part and each document is independent: do it in parallel, merge in order.
        var perDocument = documents.AsParallel().AsOrdered().Select(TermsOf).ToList();
        var terms = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var names = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Count; doc++)
        {
            foreach (var (term, fields) in perDocument[doc])
            {
                if (!terms.TryGetValue(term, out var list)) terms[term] = list = [];
                list.Add(new Posting(doc, fields));
            }

            foreach (var name in documents[doc].Names.Select(SearchTokenizer.Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!names.TryGetValue(name, out var list)) names[name] = list = [];
                list.Add(doc);
            }
        }

        return new SearchIndex(documents, new SortedDictionary<string, List<Posting>>(terms, StringComparer.Ordinal), names);
    }

    private static Dictionary<string, SearchField> TermsOf(SearchDocument document)
    {
        var fields = new Dictionary<string, SearchField>(StringComparer.Ordinal);
        foreach (var (field, text) in document.Fields)
        foreach (var token in SearchTokenizer.Tokens(text))
        {
            if (field == SearchField.Body && SearchTokenizer.StopWords.Contains(token)) continue;
            fields[token] = fields.GetValueOrDefault(token) | field;
        }

        return fields;
    }
}
