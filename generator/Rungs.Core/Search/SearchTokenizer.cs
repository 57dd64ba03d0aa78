using System.Globalization;
using System.Runtime.CompilerServices;

namespace Rungs.Search;

/// <summary>Receives each token of a text, folded; the span is valid only during the call.</summary>
internal interface ITokenSink
{
    void Token(ReadOnlySpan<char> token);
}

/// <summary>Turns text into search tokens exactly as the browser client does (docs/search.md, "Tokens").</summary>
public static class SearchTokenizer
{
    private static readonly HashSet<string> StopWordSet = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
        "of", "on", "or", "such", "that", "the", "their", "them", "they", "this", "to", "was", "were", "which", "with",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Common English words left out of body text: they match everything and would bloat the index.</summary>
    public static IReadOnlySet<string> StopWords => StopWordSet;

    /// <summary>Lower-cased, accent-free tokens: runs of letters and decimal digits.</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var collector = new TokenList();
        char[] scratch = [];
        Scan(text, collector, ref scratch);
        return collector.Items;
    }

    /// <summary>
    /// A name as one string of its tokens joined by single spaces (`CUST SVC REP 3` → `cust svc rep 3`), numbers without
    /// their leading zeros (`001368` → `1368`), as the index records them.
    /// </summary>
    public static string Name(string text)
    {
        var name = new NameText();
        char[] scratch = [];
        Scan(text, name, ref scratch);
        return name.ToString();
    }

    internal static bool IsStopWord(ReadOnlySpan<char> token) => StopWordLookup.Contains(token);

    /// <summary>
    /// Folds and splits <paramref name="text"/> in one pass, handing each token to <paramref name="sink"/> as a span of
    /// <paramref name="scratch"/> (grown when too small, so a caller keeps one buffer for many texts and allocates nothing per token).
    /// </summary>
    // Optimised from the first call: a build tokenises millions of words once, and would spend much of that in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Scan(ReadOnlySpan<char> text, ITokenSink sink, ref char[] scratch)
    {
        // Folding never lengthens text (a character maps to one character or is dropped), so a token fits in text.Length.
        if (scratch.Length < text.Length) scratch = new char[Math.Max(text.Length, scratch.Length * 2)];
        var buffer = scratch;
        var length = 0;
        foreach (var c in text)
        {
            char folded;
            if (c < 128)
            {
                // ASCII, nearly all text: no accents to fold, and only letters and digits make tokens.
                if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) folded = c;
                else if (char.IsAsciiLetterUpper(c)) folded = (char)(c | 0x20);
                else
                {
                    if (length > 0) sink.Token(buffer.AsSpan(0, length));
                    length = 0;
                    continue;
                }
            }
            else
            {
                // Combining marks are dropped before splitting, so a mark inside a word does not split it.
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                folded = char.ToLowerInvariant(AccentFolding.Fold(c));
                if (!IsTokenChar(folded))
                {
                    if (length > 0) sink.Token(buffer.AsSpan(0, length));
                    length = 0;
                    continue;
                }
            }

            buffer[length++] = folded;
        }

        if (length > 0) sink.Token(buffer.AsSpan(0, length));
    }

    // Letters (L*) and decimal digits (Nd) only, as JavaScript's /[\p{L}\p{Nd}]/u; surrogate pairs count as letters.
    private static bool IsTokenChar(char c) =>
        char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber;

    /// <summary>Joins tokens with single spaces as they come, without a string per token.</summary>
    private sealed class NameText : ITokenSink
    {
        private readonly System.Text.StringBuilder _text = new();

        public void Token(ReadOnlySpan<char> token)
        {
            if (_text.Length > 0) _text.Append(' ');
            _text.Append(NumberTerm.Of(token));
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>Collects tokens as strings, for the few callers that want them (names, tests).</summary>
    private sealed class TokenList : ITokenSink
    {
        public List<string> Items { get; } = [];

        public void Token(ReadOnlySpan<char> token) => Items.Add(token.ToString());
    }
}
