using System.Buffers;
using System.Globalization;

namespace Rungs.Rendering.Text;

/// <summary>
/// Scriban's `html.escape` (.NET's <see cref="System.Net.WebUtility.HtmlEncode(string)"/>) one character at a time, for
/// writing escaped text into a page without making the escaped string: `&lt; &gt; " ' &amp;` as entities, U+00A0–U+00FF
/// and characters beyond the Basic Multilingual Plane as numeric references, a lone surrogate as U+FFFD.
/// </summary>
internal static class HtmlEscaped
{
    /// <summary>Every character that is not written as it is.</summary>
    public static readonly SearchValues<char> Chars = SearchValues.Create(
        "<>\"'&" + string.Concat(Enumerable.Range(0xA0, 0x60).Select(c => (char)c)) + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>Writes the escape of the character at the start of <paramref name="text"/> (one of <see cref="Chars"/>); returns how many characters it took.</summary>
    public static int Write(ReadOnlySpan<char> text, PageTextOutput output)
    {
        var ch = text[0];
        switch (ch)
        {
            case '<': output.Append("&lt;"); return 1;
            case '>': output.Append("&gt;"); return 1;
            case '"': output.Append("&quot;"); return 1;
            case '\'': output.Append("&#39;"); return 1;
            case '&': output.Append("&amp;"); return 1;
        }

        if (!char.IsSurrogate(ch))
        {
            Reference(ch, output);
            return 1;
        }

        if (char.IsHighSurrogate(ch) && text.Length > 1 && char.IsLowSurrogate(text[1]))
        {
            Reference(char.ConvertToUtf32(ch, text[1]), output);
            return 2;
        }

        output.Append("\uFFFD");
        return 1;
    }

    private static void Reference(int codePoint, PageTextOutput output)
    {
        Span<char> digits = stackalloc char[8];
        codePoint.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        output.Append("&#");
        output.Append(digits[..written]);
        output.Append(";");
    }
}
