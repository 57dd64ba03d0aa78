namespace Rungs.Checking;

/// <summary>
/// Reads the link targets (`href`, `src`, `action`) and anchors (`id`, and `name` on `&lt;a&gt;`) out of an HTML page
/// in one forward scan, without building a document: the site's pages are the generator's own, well-formed output,
/// and there may be tens of thousands of them. Values are handed over raw, entities and all.
/// </summary>
public static class HtmlLinkScanner
{
    /// <summary>Receives one attribute value, valid only during the call.</summary>
    public delegate void ValueFound(ReadOnlySpan<char> value);

    public static void Scan(ReadOnlySpan<char> html, ValueFound link, ValueFound anchor)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0) return;
            i += lt + 1;
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
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
            var name = html[nameStart..i];
            i = Attributes(html, i, name.Equals("a", StringComparison.OrdinalIgnoreCase), link, anchor);

            // A script's or style's text is not markup: `"<a href=…"` in a script is a string, not a link.
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html[i..].IndexOf(string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
                if (close < 0) return;
                i += close;
            }
        }
    }

    /// <summary>Reads a tag's attributes from just after its name, reporting the interesting ones; returns where the tag ends.</summary>
    private static int Attributes(ReadOnlySpan<char> html, int i, bool isAnchor, ValueFound link, ValueFound anchor)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var name = html[nameStart..i];
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;

            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
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
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                value = html[valueStart..i];
            }

            if (name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase)
                || name.Equals("action", StringComparison.OrdinalIgnoreCase))
                link(value);
            else if (name.Equals("id", StringComparison.OrdinalIgnoreCase) || isAnchor && name.Equals("name", StringComparison.OrdinalIgnoreCase))
                anchor(value);
        }

        return i;
    }
}
