using System.Globalization;
using System.Text;

namespace Rungs.Search;

/// <summary>Turns text into search tokens exactly as the browser client does (docs/search.md, "Tokens").</summary>
public static class SearchTokenizer
{
    /// <summary>Common English words left out of body text: they match everything and would bloat the index.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
        "of", "on", "or", "such", "that", "the", "their", "them", "they", "this", "to", "was", "were", "which", "with",
    };

    /// <summary>Lower-cased, accent-free tokens: runs of letters and decimal digits.</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inToken = i < folded.Length && IsTokenChar(folded[i]);
            if (inToken && start < 0) start = i;
            else if (!inToken && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>A name as one string of its tokens joined by single spaces (`CUST SVC REP 3` → `cust svc rep 3`).</summary>
    public static string Name(string text) => string.Join(' ', Tokens(text));

    // Letters (L*) and decimal digits (Nd) only, as JavaScript's /[\p{L}\p{Nd}]/u; surrogate pairs count as letters.
    private static bool IsTokenChar(char c) =>
        char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber;

    // Accents off (combining marks dropped, precomposed letters folded by table), then lower case, char by char.
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.ToLowerInvariant(AccentFolding.Fold(c)));
        }

        return builder.ToString();
    }
}
