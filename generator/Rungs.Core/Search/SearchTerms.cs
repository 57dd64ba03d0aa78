namespace Rungs.Search;

/// <summary>An index's terms as arrays, in ordinal order, with their postings: for range scans by prefix without a tree lookup per term.</summary>
public sealed class SearchTerms(SearchIndex index)
{
    public string[] Names { get; } = [.. index.Terms.Keys];

    public List<Posting>[] Postings { get; } = [.. index.Terms.Values];

    public int DocumentCount { get; } = index.Documents.Count;
}
