namespace Rungs.Comparison;

/// <summary>
/// The stems the matcher uses for a set of texts, as published with each class's data: the compare page's script matches
/// reworded items with these rather than with a second stemmer of its own, so both sides stem alike from one source.
/// </summary>
public static class WordStems
{
    /// <summary>Each word key of <paramref name="texts"/> whose stem differs from it ("reviews" → "review"), in ordinal order of key.</summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vocabulary = Vocabulary.OfThisThread();
        var stems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Most words repeat within a class: each key is looked at once.
        var seen = new HashSet<int>();
        foreach (var text in texts)
        {
            foreach (var id in TokenizedText.Of(text).IdsIn(vocabulary))
            {
                if (!seen.Add(id)) continue;
                var stem = vocabulary.StemText(id);
                var key = vocabulary.KeyText(id);
                if (!string.Equals(stem, key, StringComparison.Ordinal)) stems.TryAdd(key, stem);
            }
        }

        return stems;
    }
}
