using System.Buffers;

namespace Rungs.Comparison;

/// <summary>
/// Numbers words by their comparison key, so that comparing words is comparing small integers. A key is the word
/// lower-cased (invariant culture) without leading or trailing punctuation, so "Policies," matches "policies"; a word
/// that is nothing but punctuation ("–", "&amp;") keeps itself as its key, so that it still matches only itself rather
/// than every other punctuation mark.
/// </summary>
/// <remarks>Each spelling met is remembered with its number: most words repeat, and then one lookup of the word as written finds it. Not thread-safe.</remarks>
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
        }

        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return id;
    }
}
