using System.Text;

namespace Rungs.Comparison;

/// <summary>A text split into whitespace-separated words, each compared by a normalised key.</summary>
/// <remarks>
/// Words are kept as positions in the text, not as strings: every list item of every class is tokenized, and a string
/// per word (and another per key) was the planner's most frequent allocation. Even the positions are found only when a
/// word diff shows single words: most items are only numbered (<see cref="IdsIn"/>) and shown whole (<see cref="Joined"/>).
/// </remarks>
internal sealed class TokenizedText
{
    private readonly string _text;
    private readonly int _start;
    // Word k is _text[_bounds[2k] .. _bounds[2k + 1]); found on first use.
    private int[]? _bounds;
    private string? _joined;

    private TokenizedText(string text, int start, int count)
    {
        _text = text;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Word <paramref name="k"/> exactly as written, punctuation attached.</summary>
    public ReadOnlySpan<char> Word(int k)
    {
        var bounds = _bounds ??= Bounds();
        return _text.AsSpan(bounds[2 * k], bounds[2 * k + 1] - bounds[2 * k]);
    }

    /// <summary>The words joined by single spaces: the text with its whitespace normalised.</summary>
    public string Joined => _joined ??= Join();

    /// <summary>The words of <paramref name="text"/> from <paramref name="start"/> on.</summary>
    public static TokenizedText Of(string text, int start = 0) => new(text, start, CountWords(text, start));

    private static int CountWords(string text, int start)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text.AsSpan(start))
        {
            var boundary = char.IsWhiteSpace(c);
            if (!boundary && !inWord) count++;
            inWord = !boundary;
        }

        return count;
    }

    /// <summary>The words' numbers in <paramref name="vocabulary"/>, shared by everything compared together.</summary>
    public int[] IdsIn(Vocabulary vocabulary)
    {
        if (Count == 0) return [];
        var ids = new int[Count];
        var at = _start;
        for (var k = 0; k < ids.Length && NextWord(ref at, out var from, out var to); k++) ids[k] = vocabulary.IdOf(_text.AsSpan(from, to - from));
        return ids;
    }

    /// <summary>Appends words [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="text"/>, each after a space.</summary>
    public void AppendWords(StringBuilder text, int from, int to)
    {
        for (var k = from; k < to; k++) text.Append(' ').Append(Word(k));
    }

    private int[] Bounds()
    {
        var bounds = new int[2 * Count];
        var at = _start;
        for (var k = 0; k < bounds.Length && NextWord(ref at, out var from, out var to); k += 2)
        {
            bounds[k] = from;
            bounds[k + 1] = to;
        }

        return bounds;
    }

    /// <summary>The next word at or after <paramref name="at"/>, which moves past it; false when no word is left.</summary>
    private bool NextWord(ref int at, out int from, out int to) => NextWord(_text, ref at, out from, out to);

    private static bool NextWord(string text, ref int at, out int from, out int to)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        from = at;
        while (at < text.Length && !char.IsWhiteSpace(text[at])) at++;
        to = at;
        return to > from;
    }

    /// <summary>Adds the number of each word of <paramref name="text"/> to <paramref name="ids"/>: a text's set of words, without a tokenized text or an array of its numbers.</summary>
    public static void AddIdsTo(string text, Vocabulary vocabulary, HashSet<int> ids)
    {
        var at = 0;
        while (NextWord(text, ref at, out var from, out var to)) ids.Add(vocabulary.IdOf(text.AsSpan(from, to - from)));
    }

    private string Join()
    {
        if (Count == 0) return "";
        var words = _text.AsSpan(_start);
        var first = _start + (words.Length - words.TrimStart().Length);
        var last = _start + words.TrimEnd().Length;
        // Usually the words already stand one space apart: the text itself (from its first word) is the joined form.
        var single = true;
        for (var i = first + 1; i < last && single; i++)
        {
            var c = _text[i];
            single = c == ' ' ? !char.IsWhiteSpace(_text[i + 1]) : !char.IsWhiteSpace(c);
        }

        if (single) return first == 0 && last == _text.Length ? _text : _text[first..last];
        var joined = new StringBuilder(last - first);
        joined.Append(Word(0));
        AppendWords(joined, 1, Count);
        return joined.ToString();
    }
}
