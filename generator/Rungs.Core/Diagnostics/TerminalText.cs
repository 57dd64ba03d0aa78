using System.Globalization;
using System.Text;

namespace Rungs.Diagnostics;

/// <summary>
/// A value (a file name, a value from content, a message from git) made safe to print on one line of a terminal or CI
/// log: every character that could break the line, move the cursor, change colours or reorder what is shown is written
/// as a visible escape (`\e`, `\n`, `\x0c`, `\u202e`), so a value can neither forge a line (`::error …`) nor colour the
/// terminal.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return text;
        var shown = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!Unsafe.Contains(c)) shown.Append(c);
            else if (char.IsSurrogate(c) && IsPaired(text, i)) shown.Append(c).Append(text[++i]);
            else shown.Append(c switch
            {
                '\u001b' => @"\e",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\0' => @"\0",
                < '\u0080' => @"\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return shown.ToString();
    }

    private static bool IsPaired(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    // C0 and C1 controls and DEL; line and paragraph separators; bidirectional overrides and isolates; surrogates
    // (printed only in pairs).
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(string.Concat(
        Range('\0', '\x1f'), Range('\x7f', '\x9f'), "\u2028\u2029", Range('\u202a', '\u202e'), Range('\u2066', '\u2069'), Range('\ud800', '\udfff')));

    private static string Range(char first, char last) => new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);
}
