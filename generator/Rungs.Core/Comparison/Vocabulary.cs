using System.Buffers;

namespace Rungs.Comparison;

/// <summary>
/// Numbers words by their comparison key, so that comparing words is comparing small integers. A key is the word
/// lower-cased (invariant culture) without leading or trailing punctuation, so "Policies," matches "policies"; a word
/// that is nothing but punctuation ("–", "&amp;") keeps itself as its key, so that it still matches only itself rather
/// than every other punctuation mark.
/// </summary>
/// <remarks>
/// Each spelling met is remembered with its number: most words repeat, and then one lookup of the word as written finds it.
/// Each key also has a stem number (<see cref="StemOf"/>), found on first use, so a build stems each distinct word once per
/// thread rather than once per comparison. Not thread-safe.
/// </remarks>
internal sealed class Vocabulary
{
    /// <summary>Past this many spellings a thread starts a new vocabulary (see <see cref="OfThisThread"/>), so an unusual site cannot grow one without bound.</summary>
    private const int MaxSpellings = 1 << 18;

    [ThreadStatic]
    private static Vocabulary? t_current;

    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spellingLookup;

    // Key number → the key, and → its stem's number (-1 until first asked); stems are numbered apart from keys.
    private readonly List<string> _keyTexts = [];
    private readonly List<int> _stemOfKey = [];
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _stemTexts = [];
    private readonly WordStemmer _stemmer = new();

    public Vocabulary()
    {
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _spellingLookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The calling thread's vocabulary, kept from one comparison to the next: a site's texts share most of their words,
    /// and numbering them afresh for every series cost a dictionary entry and a string per word each time.
    /// </summary>
    public static Vocabulary OfThisThread()
    {
        if (t_current is null || t_current._spellings.Count > MaxSpellings) t_current = new Vocabulary();
        return t_current;
    }

    /// <summary>The number of <paramref name="word"/>'s key; a new number for a key not seen before.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        if (_spellingLookup.TryGetValue(word, out var id)) return id;
        id = IdOfKey(word);
        _spellingLookup[word] = id;
        return id;
    }

    /// <summary>The number of the stem of key number <paramref name="keyId"/>: equal for keys that differ only in inflection ("reviews", "review").</summary>
    public int StemOf(int keyId)
    {
        var stem = _stemOfKey[keyId];
        if (stem >= 0) return stem;
        var text = _stemmer.Stem(_keyTexts[keyId]);
        if (!_stems.TryGetValue(text, out stem))
        {
            stem = _stems.Count;
            _stems.Add(text, stem);
            _stemTexts.Add(text);
        }

        _stemOfKey[keyId] = stem;
        return stem;
    }

    /// <summary>The stem numbers of a text's key numbers, in order.</summary>
    public int[] StemsOf(int[] keyIds)
    {
        if (keyIds.Length == 0) return [];
        var stems = new int[keyIds.Length];
        for (var k = 0; k < stems.Length; k++) stems[k] = StemOf(keyIds[k]);
        return stems;
    }

    /// <summary>The key of key number <paramref name="keyId"/> ("policies" for "Policies,").</summary>
    public string KeyText(int keyId) => _keyTexts[keyId];

    /// <summary>The stem of key number <paramref name="keyId"/> as text ("polici").</summary>
    public string StemText(int keyId) => _stemTexts[StemOf(keyId)];

    private int IdOfKey(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && char.IsPunctuation(word[start])) start++;
        while (end > start && char.IsPunctuation(word[end - 1])) end--;
        var core = start == end ? word : word[start..end];

        char[]? rented = null;
        var buffer = core.Length <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(core.Length));
        var key = buffer[..core.ToLowerInvariant(buffer)];
        if (!_keyLookup.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _keyLookup[key] = id;
            _keyTexts.Add(key.ToString());
            _stemOfKey.Add(-1);
        }

        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return id;
    }
}
