using System.Buffers;

namespace Rungs.Checking;

/// <summary>
/// Reads the link targets (`href`, `src`, `action`) and anchors (`id`, and `name` on `&lt;a&gt;`) out of an HTML page
/// in one forward scan, without building a document: the site's pages are the generator's own, well-formed output,
/// and there may be tens of thousands of them. Values are handed over raw, entities and all.
/// </summary>
/// <remarks>
/// Every long step is a vectorised search (a closing quote, text between tags) rather than a loop over characters: a
/// page is ~25 KB, and the build reads every one. Short steps (a tag's next `=`, the `&lt;` after a newline and an
/// indent) are loops, which start faster; on a 10,000-class site's pages that took the scan from 650 to 440 ms. "Whitespace" is exactly <see cref="char.IsWhiteSpace"/>.
/// </remarks>
public static class HtmlLinkScanner
{
    /// <summary>Receives one attribute value, valid only during the call.</summary>
    public delegate void ValueFound(ReadOnlySpan<char> value);

    // Every char for which char.IsWhiteSpace is true.
    private const string Whitespace = "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(Whitespace + ">");
    private static readonly SearchValues<char> Spaces = SearchValues.Create(Whitespace);

    public static void Scan(ReadOnlySpan<char> html, ValueFound link, ValueFound anchor)
    {
        var i = 0;
        while (i < html.Length)
        {
            // Most stretches between tags are a few characters (a newline and an indent): a short look ahead finds
            // their `<` sooner than a vectorised search, which is kept for text.
            var lt = i;
            var near = Math.Min(html.Length, i + 16);
            while (lt < near && html[lt] != '<') lt++;
            if (lt == near)
            {
                var far = html[near..].IndexOf('<');
                if (far < 0) return;
                lt = near + far;
            }

            i = lt + 1;
            if (i >= html.Length) return;

            if (html[i..].StartsWith("!--"))
            {
                var end = html[(i + 3)..].IndexOf("-->");
                if (end < 0) return;
                i += 3 + end + 3;
                continue;
            }

            // Closing tags, `<!DOCTYPE>` and a `<` in text carry no attributes worth reading.
            if (!char.IsAsciiLetter(html[i])) continue;
            var nameStart = i;
            // Tag names are short: a loop beats a vectorised search.
            while (++i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) { }
            var name = html[nameStart..i];
            i = Attributes(html, i, name is "a" or "A", link, anchor);

            // A script's or style's text is not markup: `"<a href=…"` in a script is a string, not a link.
            if (name.Length is 5 or 6 && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var close = ClosingTag(html, i, name);
                if (close < 0) return;
                i = close;
            }
        }
    }

    /// <summary>Where `&lt;/name` starts at or after <paramref name="from"/>, in any case, or -1.</summary>
    /// <remarks>An ordinal search for `&lt;/` is vectorised; a case-insensitive search for the whole tag is not (a class page's JSON-LD is a long script).</remarks>
    private static int ClosingTag(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        while (true)
        {
            var found = html[from..].IndexOf("</");
            if (found < 0) return -1;
            var at = from + found;
            if (html[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase)) return at;
            from = at + 2;
        }
    }

    /// <summary>Reads a tag's attributes from just after its name, reporting the interesting ones; returns where the tag ends.</summary>
    /// <remarks>
    /// Only an attribute with a value can matter, and the tag ends at the first `&gt;` outside a value, so the scan jumps
    /// from one `=` to the next (most tags have none): the attribute is the last word before the `=`. Words are split by
    /// whitespace and `/`, a value runs to its closing quote, or unquoted to whitespace or `&gt;`.
    /// </remarks>
    private static int Attributes(ReadOnlySpan<char> html, int i, bool isAnchor, ValueFound link, ValueFound anchor)
    {
        while (true)
        {
            // An attribute's name is a few characters away: a loop beats a vectorised search here.
            var equals = i;
            while (equals < html.Length && html[equals] is not ('=' or '>')) equals++;
            if (equals == html.Length) return html.Length;
            if (html[equals] == '>') return equals + 1;

            var name = LastWord(html[i..equals]);
            i = equals + 1;
            if (i < html.Length && html[i] is not ('"' or '\'')) i = End(html, i, html[i..].IndexOfAnyExcept(Spaces));
            if (i >= html.Length) return i;
            ReadOnlySpan<char> value;
            if (html[i] is '"' or '\'')
            {
                var close = html[(i + 1)..].IndexOf(html[i]);
                if (close < 0) return html.Length;
                value = html.Slice(i + 1, close);
                i += close + 2;
            }
            else
            {
                var valueStart = i;
                i = End(html, i, html[i..].IndexOfAny(UnquotedValueEnd));
                value = html[valueStart..i];
            }

            switch (Interest(name, isAnchor))
            {
                case Kind.Link: link(value); break;
                case Kind.Anchor: anchor(value); break;
            }
        }
    }

    /// <summary>The last word of an attribute list's stretch before an `=`; names are short, so a loop beats a search.</summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> words)
    {
        var end = words.Length;
        while (end > 0 && char.IsWhiteSpace(words[end - 1])) end--;
        var start = end;
        while (start > 0 && words[start - 1] != '/' && !char.IsWhiteSpace(words[start - 1])) start--;
        return words[start..end];
    }

    private enum Kind { None, Link, Anchor }

    /// <summary>What an attribute is to the check; its length rules out almost every name before a comparison.</summary>
    private static Kind Interest(ReadOnlySpan<char> name, bool isAnchor) => name.Length switch
    {
        2 when name.Equals("id", StringComparison.OrdinalIgnoreCase) => Kind.Anchor,
        3 when name.Equals("src", StringComparison.OrdinalIgnoreCase) => Kind.Link,
        4 when name.Equals("href", StringComparison.OrdinalIgnoreCase) => Kind.Link,
        4 when isAnchor && name.Equals("name", StringComparison.OrdinalIgnoreCase) => Kind.Anchor,
        6 when name.Equals("action", StringComparison.OrdinalIgnoreCase) => Kind.Link,
        _ => Kind.None,
    };

    /// <summary>Where a search that started at <paramref name="start"/> stopped: its hit, or the end of the page when none.</summary>
    private static int End(ReadOnlySpan<char> html, int start, int found) => found < 0 ? html.Length : start + found;
}
