using System.Text.RegularExpressions;

namespace Rungs.Comparison;

/// <summary>Removes the list marker an item may start with ("1.", "2)", "(a)", "b.", "iv.", "(ii)", "-", "•"), so renumbering is not a change.</summary>
internal static partial class ListNumbering
{
    // A marker counts only when whitespace (or the end) follows it: "1.5 years" and "2 years" keep their numbers.
    // Roman numerals are limited to i–xxxix so ordinary words made of roman letters ("mix.", "civil.") are left alone.
    // Several markers in a row ("2. (b) …") are all removed.
    [GeneratedRegex(
        @"^\s*(?:(?:\d+(?:\.\d+)*[.)]|\(\d+\)|\([a-z]\)|[a-z][.)]|\((?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})\)|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})[.)]|[-*+•·–—])(?:\s+|$))+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public static string Strip(string item) => item[MarkerLength(item)..];

    /// <summary>How many leading characters of <paramref name="item"/> are list markers (and the whitespace after them).</summary>
    public static int MarkerLength(string item)
    {
        // The pattern is anchored, so its first match is the only one; enumerating allocates no Match.
        foreach (var match in Marker().EnumerateMatches(item)) return match.Length;
        return 0;
    }
}
