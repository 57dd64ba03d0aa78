using System.Globalization;
using System.Text;

namespace Rungs.Rendering.CareerMap;

/// <summary>Text for the map: cleaning, width estimates and wrapping into a box, with no font files and no I/O.</summary>
internal static class MapText
{
    // Advance widths of Helvetica/Arial for ASCII 32..126 in 1/1000 em. The generator cannot measure the
    // reader's font, so it estimates with the metrics most sans-serif fonts stay close to.
    private static readonly short[] Ascii =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // p-z { | } ~
    ];

    // Readers get system-ui (Segoe UI, SF, Roboto) or, on Linux, often DejaVu Sans, which runs about a tenth
    // wider than Helvetica: estimating on the wide side keeps text inside its box everywhere.
    private const double Safety = 1.1;
    private const double BoldFactor = 1.08;
    private const double MonospaceAdvance = 620;

    internal const string Ellipsis = "…";

    /// <summary>Text fit for XML and HTML: whitespace runs become one space, and code points that XML forbids or HTML reports as errors are dropped.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int cp;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
            }
            else if (char.IsSurrogate(c))
            {
                cp = 0xFFFD; // a lone surrogate cannot be written as UTF-8 or XML
            }
            else
            {
                cp = c;
            }

            if (cp is '\t' or '\n' or '\r' || (cp < 0x10000 && char.IsWhiteSpace((char)cp)))
            {
                pendingSpace = sb.Length > 0;
            }
            else if (IsAllowed(cp))
            {
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                if (cp >= 0x10000) sb.Append(c).Append(text[i + 1]);
                else sb.Append((char)cp);
            }

            if (cp >= 0x10000) i++;
        }

        return sb.ToString();
    }

    // Whether Clean would give the text back unchanged, judged for the common case only: printable ASCII words
    // with single spaces between them. Anything else (other whitespace, controls, non-ASCII) takes the full pass.
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' or > '~' || (c == ' ' && text[i - 1] == ' ')) return false;
        }

        return true;
    }

    private static bool IsAllowed(int cp) =>
        cp >= 0x20
        && !(cp >= 0x7F && cp <= 0x9F)        // C1 controls: HTML parse errors
        && !(cp >= 0xFDD0 && cp <= 0xFDEF)    // noncharacters
        && (cp & 0xFFFE) != 0xFFFE;           // U+xFFFE and U+xFFFF in every plane

    /// <summary>Estimated advance of the text in user units at the given font size.</summary>
    public static double Width(string text, double fontSize, bool bold = false, bool monospace = false) =>
        Scaled(Units(text, monospace), fontSize, bold);

    // Every advance is a whole number of units, so a sum of them is exact in any order: the width of joined
    // pieces is the sum of theirs, to the last bit, and wrapping need not measure each candidate line afresh.
    private static double Units(string text, bool monospace)
    {
        double units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += monospace ? MonospaceUnits(rune) : Units(rune);
        }

        return units;
    }

    private static double Scaled(double units, double fontSize, bool bold) => units / 1000 * fontSize * Safety * (bold ? BoldFactor : 1);

    private static double MonospaceUnits(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? 0
        : IsWide(rune.Value) ? 1000 : MonospaceAdvance;

    private static double Units(Rune rune)
    {
        var cp = rune.Value;
        if (cp >= 32 && cp <= 126) return Ascii[cp - 32];
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return 0;
        if (IsWide(cp)) return 1000;
        return cp switch
        {
            0x2026 or 0x2014 => 1000,            // … —
            0x2013 => 556,                        // –
            0x2018 or 0x2019 or 0x201A => 222,    // ‘ ’ ‚
            0x201C or 0x201D or 0x201E => 333,    // “ ” „
            0x00A0 or 0x00B7 or 0x2022 => 350,    // no-break space, middle dot, bullet
            _ => Rune.IsUpper(rune) ? 722 : 600,  // accented and other scripts: a little wider than Latin
        };
    }

    // East Asian wide and emoji ranges take a full em.
    private static bool IsWide(int cp) =>
        (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x1F300;

    /// <summary>
    /// The cleaned text broken into at most <paramref name="maxLines"/> lines no wider than <paramref name="maxWidth"/>:
    /// lines break at spaces, then after "-" or "/", then anywhere; text beyond the last line ends in "…".
    /// A last line shorter than half the widest is balanced with the others, so a title never leaves "II" alone.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth, int maxLines, bool bold = false, bool monospace = false)
    {
        var clean = Clean(text);
        if (clean.Length == 0) return [];

        var pieces = Pieces(clean, fontSize, maxWidth, bold, monospace).ToList();
        var lines = Lines(pieces, Greedy(pieces, maxWidth, fontSize, bold, monospace));
        if (lines.Count > maxLines)
        {
            var kept = lines.Take(maxLines).ToList();
            kept[^1] = WithEllipsis(kept[^1], fontSize, maxWidth, bold, monospace);
            return kept;
        }

        // Keep the greedy fill (it keeps phrases such as "Customer Service" together) unless it leaves a short
        // orphan like "II" alone on the last line.
        var widest = lines.Max(l => Width(l, fontSize, bold, monospace));
        if (lines.Count == 1 || Width(lines[^1], fontSize, bold, monospace) >= widest / 2) return lines;

        // Then the narrowest width that needs no more lines than the greedy fill: like CSS text-wrap: balance.
        var narrow = pieces.Max(p => Scaled(p.Units, fontSize, bold));
        var wide = maxWidth;
        for (var step = 0; step < 12 && wide - narrow > 0.5; step++)
        {
            var middle = (narrow + wide) / 2;
            if (Greedy(pieces, middle, fontSize, bold, monospace).Count <= lines.Count) wide = middle;
            else narrow = middle;
        }

        return Lines(pieces, Greedy(pieces, wide, fontSize, bold, monospace));
    }

    // The greedy fill: where each line starts, as indexes into the pieces. Widths are sums of the pieces' units,
    // so trying a width (the balancing below tries up to 12) builds no strings.
    private static List<int> Greedy(List<(string Piece, bool SpaceBefore, double Units)> pieces, double maxWidth, double fontSize, bool bold, bool monospace)
    {
        var starts = new List<int>();
        var lineUnits = 0.0;
        var space = monospace ? MonospaceAdvance : Ascii[0];
        for (var i = 0; i < pieces.Count; i++)
        {
            var (_, spaceBefore, pieceUnits) = pieces[i];
            var candidateUnits = lineUnits + (spaceBefore ? space : 0) + pieceUnits;
            if (starts.Count == 0 || Scaled(candidateUnits, fontSize, bold) > maxWidth)
            {
                starts.Add(i);
                lineUnits = pieceUnits;
            }
            else
            {
                lineUnits = candidateUnits;
            }
        }

        return starts;
    }

    private static List<string> Lines(List<(string Piece, bool SpaceBefore, double Units)> pieces, List<int> starts)
    {
        var lines = new List<string>(starts.Count);
        var line = new StringBuilder();
        for (var l = 0; l < starts.Count; l++)
        {
            var end = l + 1 < starts.Count ? starts[l + 1] : pieces.Count;
            line.Clear().Append(pieces[starts[l]].Piece);
            for (var i = starts[l] + 1; i < end; i++)
            {
                if (pieces[i].SpaceBefore) line.Append(' ');
                line.Append(pieces[i].Piece);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>The text cut to fit <paramref name="maxWidth"/> on one line, ending in "…" when anything was cut.</summary>
    public static string Fit(string text, double fontSize, double maxWidth, bool bold = false, bool monospace = false)
    {
        var clean = Clean(text);
        return Width(clean, fontSize, bold, monospace) <= maxWidth ? clean : WithEllipsis(clean, fontSize, maxWidth, bold, monospace);
    }

    private static string WithEllipsis(string line, double fontSize, double maxWidth, bool bold, bool monospace)
    {
        var elements = TextElements(line);
        var count = elements.Count;
        while (count > 0 && Width(string.Concat(elements.Take(count)) + Ellipsis, fontSize, bold, monospace) > maxWidth) count--;
        // A cut right after a space or a hyphen reads as a dangling word; end on the word before it.
        var cut = string.Concat(elements.Take(count)).TrimEnd(' ', '-', '/', ',', ';', ':');
        return cut + Ellipsis;
    }

    // Words in order, each split further when it alone is wider than the line: after "-" or "/" first,
    // then between text elements (so a combining accent or an emoji is never split). Each with its units, measured
    // here once: the fill adds them up.
    private static IEnumerable<(string Piece, bool SpaceBefore, double Units)> Pieces(string text, double fontSize, double maxWidth, bool bold, bool monospace)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var spaceBefore = true;
            foreach (var part in SplitAfterPunctuation(word))
            {
                var units = Units(part, monospace);
                if (Scaled(units, fontSize, bold) <= maxWidth)
                {
                    yield return (part, spaceBefore, units);
                    spaceBefore = false;
                    continue;
                }

                var chunk = new StringBuilder();
                foreach (var element in TextElements(part))
                {
                    if (chunk.Length > 0 && Width(chunk + element, fontSize, bold, monospace) > maxWidth)
                    {
                        yield return Piece(chunk.ToString(), spaceBefore, monospace);
                        spaceBefore = false;
                        chunk.Clear();
                    }

                    chunk.Append(element);
                }

                if (chunk.Length > 0)
                {
                    yield return Piece(chunk.ToString(), spaceBefore, monospace);
                    spaceBefore = false;
                }
            }
        }
    }

    private static (string Piece, bool SpaceBefore, double Units) Piece(string piece, bool spaceBefore, bool monospace) =>
        (piece, spaceBefore, Units(piece, monospace));

    private static IEnumerable<string> SplitAfterPunctuation(string word)
    {
        var start = 0;
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (word[i] is '-' or '/' && i > start)
            {
                yield return word[start..(i + 1)];
                start = i + 1;
            }
        }

        yield return word[start..];
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text, i);
            elements.Add(text.Substring(i, length));
            i += length;
        }

        return elements;
    }
}
