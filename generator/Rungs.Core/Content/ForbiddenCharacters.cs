using System.Buffers;

namespace Rungs.Content;

/// <summary>
/// The characters no page, feed or sitemap may hold, and what stands in for each: control characters other than tab,
/// line feed and carriage return (a form feed from a PDF conversion, ESC, NUL; also DEL and U+0080–U+009F) become a
/// space; lone surrogates and noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+1FFFE…) become U+FFFD. XML 1.0 forbids
/// the controls and surrogates outright, and HTML parsers report all of them as errors.
/// </summary>
public static class ForbiddenCharacters
{
    // Every UTF-16 unit that may start a forbidden character; a surrogate is forbidden only when unpaired or a noncharacter.
    private static readonly SearchValues<char> Suspects = SearchValues.Create(string.Concat(
        Range('\0', '\b'), "\v\f", Range('\x0e', '\x1f'), Range('\x7f', '\x9f'), Range('\ud800', '\udfff'), Range('\ufdd0', '\ufdef'), "\ufffe\uffff"));

    // Printable ASCII, tab and line breaks: what almost every page is made of. A search for the first character outside
    // this set is vectorised (an ASCII bitmap), where a search for the suspects, a set of thousands, is not; every page
    // is swept, so the sweep starts with this one and looks at each non-ASCII character it stops at.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create("\t\n\r" + Range(' ', '~'));

    // When the non-ASCII characters that are fine come densely (a page in Greek or Arabic: more than one in this many
    // characters, past the first few), the rest is searched for suspects. Sparse ones (dashes, arrows and quotes in an
    // English page) keep the fast sweep, which would otherwise be given up for the slow search on any long page.
    private const int PlainStopsBeforeSuspectSearch = 32;
    private const int SparseStopSpacing = 64;

    private static string Range(char first, char last) => new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);

    /// <summary>The index of the first forbidden character in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text) => Next(text, 0, out _);

    /// <summary>The text with every forbidden character replaced (the same string when it holds none).</summary>
    public static string Replace(string text)
    {
        if (IndexIn(text) < 0) return text;
        var chars = text.ToCharArray();
        ReplaceIn(chars);
        return new string(chars);
    }

    /// <summary>Replaces every forbidden character in place, unit for unit (so positions stay), and returns how many there were.</summary>
    public static int ReplaceIn(Span<char> text)
    {
        var count = 0;
        for (var at = Next(text, 0, out var length); at >= 0; at = Next(text, at + length, out length))
        {
            var standIn = StandIn(text[at]);
            text.Slice(at, length).Fill(standIn);
            count++;
        }

        return count;
    }

    /// <summary>What shows instead of the forbidden character starting with <paramref name="first"/>.</summary>
    public static char StandIn(char first) => char.IsControl(first) ? ' ' : '\ufffd';

    /// <summary>The forbidden character at <paramref name="index"/> as people name it: `control character U+000C`, `U+FFFE`.</summary>
    public static string Name(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (char.IsControl(c)) return $"control character U+{(int)c:X4}";
        var codePoint = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : c;
        return $"U+{codePoint:X4}";
    }

    /// <summary>The next forbidden character at or after <paramref name="from"/>, and how many UTF-16 units it takes.</summary>
    private static int Next(ReadOnlySpan<char> text, int from, out int length)
    {
        length = 1;
        var plainStops = 0;
        var sweepStart = from;
        var sweep = true;
        while (from < text.Length)
        {
            sweep = sweep && (plainStops < PlainStopsBeforeSuspectSearch || from - sweepStart > plainStops * SparseStopSpacing);
            var found = sweep ? text[from..].IndexOfAnyExcept(PlainAscii) : text[from..].IndexOfAny(Suspects);
            if (found < 0) return -1;
            var at = from + found;
            var c = text[at];
            if (!Suspects.Contains(c))
            {
                plainStops++;
                from = at + 1;
                continue;
            }

            if (!char.IsHighSurrogate(c) || at + 1 >= text.Length || !char.IsLowSurrogate(text[at + 1])) return at;
            // A surrogate pair is a character beyond U+FFFF: forbidden only as a noncharacter (U+1FFFE, U+1FFFF, …).
            if ((char.ConvertToUtf32(c, text[at + 1]) & 0xFFFE) == 0xFFFE)
            {
                length = 2;
                return at;
            }

            from = at + 2;
        }

        return -1;
    }
}
