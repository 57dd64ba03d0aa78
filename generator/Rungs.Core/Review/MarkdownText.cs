using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Rungs.Comparison;

namespace Rungs.Review;

/// <summary>Content text made safe for GitHub-flavoured Markdown, and word diffs as `same ~~removed~~ **added**`.</summary>
public static partial class MarkdownText
{
    /// <summary>How many unchanged words a long unchanged run keeps on each side of a change; the rest reads `…`.</summary>
    public const int Context = 12;

    // Characters that Markdown or GitHub give a meaning inline: emphasis, strikethrough, code, links, HTML, tables,
    // headings, entities, math. A backslash makes each one literal.
    private const string Special = "\\`*_~[]<>|#&$";

    [GeneratedRegex(@"^(\d{1,9})([.)])(?=\s|$)")]
    private static partial Regex OrderedMarker();

    /// <summary>Escapes every character Markdown would read as syntax, and folds line breaks into spaces.</summary>
    /// <param name="lineStart">The text starts a line (or a list item), so a leading `-`, `+` or `1.` must not start a list.</param>
    public static string Escape(string text, bool lineStart = false)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t') builder.Append(' ');
            else
            {
                if (Special.Contains(c)) builder.Append('\\');
                builder.Append(c);
            }
        }

        var escaped = builder.ToString();
        if (!lineStart) return escaped;
        if (escaped.StartsWith('-') || escaped.StartsWith('+') || escaped.StartsWith('=')) return "\\" + escaped;
        return OrderedMarker().Replace(escaped, "$1\\$2", 1);
    }

    /// <summary>A code span that holds any text (a backtick inside gets a longer fence).</summary>
    public static string Code(string text)
    {
        text = text.Replace('\n', ' ');
        var longest = LongestRun(text, '`');
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /// <summary>A fenced code block's fence: longer than any run of backticks in the text, at least three.</summary>
    public static string Fence(string text) => new('`', Math.Max(3, LongestRun(text, '`') + 1));

    /// <summary>Text for an HTML element (a `&lt;summary&gt;`): GitHub reads no Markdown there.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(text.Replace('\n', ' '));

    /// <summary>
    /// A word diff as one line: unchanged words plain, removed ones `~~struck~~`, added ones `**bold**`. Long unchanged
    /// runs keep <see cref="Context"/> words next to each change and read `…` between.
    /// </summary>
    public static string Words(IReadOnlyList<WordSegment> segments, bool lineStart = false)
    {
        var parts = new List<string>(segments.Count);
        for (var k = 0; k < segments.Count; k++)
        {
            var segment = segments[k];
            switch (segment.Change)
            {
                case WordChange.Removed:
                    parts.Add("~~" + Escape(segment.Text) + "~~");
                    break;
                case WordChange.Added:
                    parts.Add("**" + Escape(segment.Text) + "**");
                    break;
                default:
                    var (head, gap, tail) = Trim(segment.Text, first: k == 0, last: k == segments.Count - 1);
                    var text = Escape(head, lineStart && k == 0);
                    if (gap) text = (text.Length > 0 ? text + " …" : "…") + (tail.Length > 0 ? " " + Escape(tail) : "");
                    parts.Add(text);
                    break;
            }
        }

        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    /// <summary>An unchanged run cut to its context: the words kept before the gap, whether there is a gap, the words after.</summary>
    public static (string Head, bool Gap, string Tail) Trim(string text, bool first, bool last)
    {
        if (first && last) return (text, false, "");
        var words = text.Split(' ');
        if (first && words.Length > Context + 2) return ("", true, string.Join(' ', words[^Context..]));
        if (last && words.Length > Context + 2) return (string.Join(' ', words[..Context]), true, "");
        if (!first && !last && words.Length > 2 * Context + 2)
            return (string.Join(' ', words[..Context]), true, string.Join(' ', words[^Context..]));
        return (text, false, "");
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
