using System.Text;

namespace Rungs.Comparison;

/// <summary>A text split into whitespace-separated words, each compared by a normalised key.</summary>
/// <remarks>
/// Words are kept as positions in the text, not as strings: every list item of every class is tokenized, and a string
/// per word (and another per key) was the planner's most frequent allocation. A word becomes a string only when a word
/// diff shows it.
/// </remarks>
internal sealed class TokenizedText
{
    private readonly string _text;
    // Word k is _text[_bounds[2k] .. _bounds[2k + 1]).
    private readonly int[] _bounds;
    private string? _joined;

    private TokenizedText(string text, int[] bounds)
    {
        _text = text;
        _bounds = bounds;
    }

    public int Count => _bounds.Length / 2;

    /// <summary>Word <paramref name="k"/> exactly as written, punctuation attached.</summary>
    public ReadOnlySpan<char> Word(int k) => _text.AsSpan(_bounds[2 * k], _bounds[2 * k + 1] - _bounds[2 * k]);

    /// <summary>The words joined by single spaces: the text with its whitespace normalised.</summary>
    public string Joined => _joined ??= Join();

    /// <summary>The words of <paramref name="text"/> from <paramref name="start"/> on.</summary>
    public static TokenizedText Of(string text, int start = 0)
    {
        // Two passes (count, then cut) so the array is allocated once at its size.
        var bounds = new int[2 * CountWords(text, start)];
        var count = 0;
        var from = -1;
        for (var i = start; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]);
            if (boundary && from >= 0)
            {
                bounds[count++] = from;
                bounds[count++] = i;
                from = -1;
            }
            else if (!boundary && from < 0)
            {
                from = i;
            }
        }

        return new TokenizedText(text, bounds);
    }

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
        var ids = new int[Count];
        for (var k = 0; k < ids.Length; k++) ids[k] = vocabulary.IdOf(Word(k));
        return ids;
    }

    /// <summary>Appends words [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="text"/>, each after a space.</summary>
    public void AppendWords(StringBuilder text, int from, int to)
    {
        for (var k = from; k < to; k++) text.Append(' ').Append(Word(k));
    }

    private string Join()
    {
        if (Count == 0) return "";
        var first = _bounds[0];
        var last = _bounds[^1];
        // Usually the words already stand one space apart: the text itself (from its first word) is the joined form.
        var single = true;
        for (var k = 1; k < Count && single; k++)
        {
            single = _bounds[2 * k] == _bounds[2 * k - 1] + 1 && _text[_bounds[2 * k - 1]] == ' ';
        }

        if (single) return first == 0 && last == _text.Length ? _text : _text[first..last];
        var joined = new StringBuilder(last - first);
        joined.Append(Word(0));
        AppendWords(joined, 1, Count);
        return joined.ToString();
    }
}
