namespace Rungs.Comparison;

/// <summary>
/// Texts tokenized once for many comparisons, their words numbered in one vocabulary. A level is compared with the level
/// below it and the level above, so the comparisons of a series share one of these and tokenize each item once.
/// </summary>
/// <remarks>Only equality of ids matters to the diffs, so which vocabulary numbered them does not change any result. Not thread-safe: use one per thread.</remarks>
internal sealed class PreparedTexts
{
    private readonly Vocabulary _vocabulary = Vocabulary.OfThisThread();
    private readonly Dictionary<int[], int> _keys = new(IdSequence.Comparer);
    private readonly Dictionary<string, PreparedItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PreparedItem> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<object, PreparedItem> _sources = new(ReferenceEqualityComparer.Instance);

    /// <summary>A list item, compared without its leading list numbering (<see cref="ListNumbering"/>).</summary>
    public PreparedItem Item(string item)
    {
        if (!_items.TryGetValue(item, out var prepared))
        {
            prepared = Prepare(TokenizedText.Of(item, ListNumbering.MarkerLength(item)));
            _items.Add(item, prepared);
        }

        return prepared;
    }

    /// <summary>A whole text, every word of it.</summary>
    public PreparedItem Text(string text)
    {
        if (!_texts.TryGetValue(text, out var prepared))
        {
            prepared = Prepare(TokenizedText.Of(text));
            _texts.Add(text, prepared);
        }

        return prepared;
    }

    /// <summary>The text <paramref name="read"/> makes of <paramref name="source"/>, read once per source (by reference).</summary>
    public PreparedItem Text<TSource>(TSource source, Func<TSource, string> read) where TSource : class
    {
        if (!_sources.TryGetValue(source, out var prepared))
        {
            prepared = Text(read(source));
            _sources.Add(source, prepared);
        }

        return prepared;
    }

    private PreparedItem Prepare(TokenizedText text)
    {
        var ids = text.IdsIn(_vocabulary);
        // Two texts have the same normalised words exactly when they have the same ids (one vocabulary for all).
        if (!_keys.TryGetValue(ids, out var key))
        {
            key = _keys.Count;
            _keys.Add(ids, key);
        }

        return new PreparedItem(text, ids, key, _vocabulary);
    }
}
