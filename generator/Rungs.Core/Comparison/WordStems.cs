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
        // A class's set of words, then each word looked at once (most words repeat within a class).
        var ids = new HashSet<int>(512);
        foreach (var text in texts) TokenizedText.AddIdsTo(text, vocabulary, ids);
        var differing = new List<KeyValuePair<string, string>>();
        foreach (var id in ids)
        {
            var stem = vocabulary.StemText(id);
            var key = vocabulary.KeyText(id);
            if (!string.Equals(stem, key, StringComparison.Ordinal)) differing.Add(new(key, stem));
        }

        // Keys are distinct (one per number); added in order, a sorted list only appends.
        differing.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var stems = new SortedList<string, string>(differing.Count, StringComparer.Ordinal);
        foreach (var (key, stem) in differing) stems.Add(key, stem);
        return stems;
    }
}
