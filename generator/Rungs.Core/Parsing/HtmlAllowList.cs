using System.Net;
using System.Text;

namespace Rungs.Parsing;

/// <summary>
/// Rewrites raw HTML from Markdown (with `raw_html: allow-list`) so that only tags and attributes on a strict list
/// reach the page. One instance cleans one fragment — an HTML block, or the inline tags of one paragraph — and keeps
/// its open elements, so a stray `&lt;/div&gt;` cannot close the theme's markup and every element it opens is closed.
/// A small scanner, not a browser-grade parser: whatever it cannot read as a tag is written out as text.
/// </summary>
public sealed class HtmlAllowList
{
    /// <summary>Formatting, lists, tables and links: what a spec's text may need. No forms, media, frames or headings that would make sections.</summary>
    public static readonly IReadOnlySet<string> Tags = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    /// <summary>Attributes any allowed tag may keep. No `id` or `class` (they could clash with the theme's), no `style`, no `on…` handlers.</summary>
    private static readonly string[] GlobalAttributes = ["title", "lang", "dir"];

    private static readonly Dictionary<string, string[]> TagAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["img"] = ["src", "alt", "width", "height"],
        ["td"] = ["colspan", "rowspan", "headers"],
        ["th"] = ["colspan", "rowspan", "headers", "scope", "abbr"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["q"] = ["cite"],
        ["blockquote"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
        ["time"] = ["datetime"],
        ["details"] = ["open"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "cite" };

    private static readonly HashSet<string> NumberAttributes = new(StringComparer.Ordinal) { "width", "height", "colspan", "rowspan", "start", "value", "span" };

    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal) { "br", "col", "hr", "img", "wbr" };

    /// <summary>Elements removed with everything inside them: their content is code, or a world of its own (SVG, MathML, forms' options).</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes",
        "template", "textarea", "title", "xmp", "plaintext", "svg", "math", "select", "head",
    };

    private readonly List<string> _open = [];
    private readonly SortedSet<string> _removed = new(StringComparer.Ordinal);

    /// <summary>What was taken out so far (`&lt;script&gt;`, `onclick`, `a javascript: URL`), for the author's warning.</summary>
    public IReadOnlyCollection<string> Removed => _removed;

    /// <summary>The fragment with every tag rewritten from the allow-list; text is kept, escaped where it needs to be.</summary>
    public string Clean(string html)
    {
        var output = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AppendText(output, html.AsSpan(i));
                break;
            }

            AppendText(output, html.AsSpan(i, lt - i));
            i = Markup(html, lt, output);
        }

        return output.ToString();
    }

    /// <summary>Closing tags for the elements this fragment opened and did not close, innermost first.</summary>
    public string CloseAll()
    {
        var closing = string.Concat(Enumerable.Reverse(_open).Select(t => $"</{t}>"));
        _open.Clear();
        return closing;
    }

    /// <summary>Handles the markup starting at `&lt;` and returns where reading goes on.</summary>
    private int Markup(string html, int start, StringBuilder output)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        if (start + 1 < html.Length && html[start + 1] is '!' or '?')
        {
            _removed.Add(html[start + 1] == '?' ? "<?…?>" : "<!…>");
            var end = html.IndexOf('>', start);
            return end < 0 ? html.Length : end + 1;
        }

        var tag = HtmlTag.Read(html, start);
        if (tag is null)
        {
            output.Append("&lt;");
            return start + 1;
        }

        var next = tag.End;
        if (DroppedWithContent.Contains(tag.Name))
        {
            _removed.Add($"<{tag.Name}>");
            if (!tag.IsClosing && !tag.IsSelfClosing) next = AfterClosingTag(html, tag.Name, next);
        }
        else if (!Tags.Contains(tag.Name))
            _removed.Add($"<{tag.Name}>");
        else if (tag.IsClosing)
            Close(tag.Name, output);
        else
            Open(tag, output);

        return next;
    }

    private void Open(HtmlTag tag, StringBuilder output)
    {
        output.Append('<').Append(tag.Name);
        var allowed = TagAttributes.GetValueOrDefault(tag.Name, []);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in tag.Attributes)
        {
            if (!written.Add(name)) continue;
            if (!GlobalAttributes.Contains(name) && !allowed.Contains(name))
            {
                _removed.Add(name.StartsWith("on", StringComparison.Ordinal) ? "event handlers (on…)" : name);
                continue;
            }

            if (UrlAttributes.Contains(name) && !UrlSafety.IsSafe(value, isImage: tag.Name == "img"))
            {
                _removed.Add($"a {UrlSafety.SchemeOf(value)}: URL");
                continue;
            }

            if (NumberAttributes.Contains(name) && (value.Length is 0 or > 6 || !value.All(char.IsAsciiDigit))) continue;
            output.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }

        // Every image needs a text alternative; an empty one at least marks it as decoration for screen readers.
        if (tag.Name == "img" && !written.Contains("alt")) output.Append(" alt=\"\"");
        output.Append('>');
        if (!VoidTags.Contains(tag.Name)) _open.Add(tag.Name);
    }

    /// <summary>Closes an element this fragment opened (and any opened inside it); a closing tag for anything else is dropped.</summary>
    private void Close(string name, StringBuilder output)
    {
        var at = _open.LastIndexOf(name);
        if (at < 0) return;
        for (var i = _open.Count - 1; i >= at; i--) output.Append("</").Append(_open[i]).Append('>');
        _open.RemoveRange(at, _open.Count - at);
    }

    private static int AfterClosingTag(string html, string name, int from)
    {
        var closing = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (closing < 0) return html.Length;
        var end = html.IndexOf('>', closing);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>Text between tags: entities kept, a bare `&amp;` or `&gt;` escaped so the result is valid HTML.</summary>
    private static void AppendText(StringBuilder output, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '>') output.Append("&gt;");
            else if (c == '&' && !StartsEntity(text[(i + 1)..])) output.Append("&amp;");
            else output.Append(c);
        }
    }

    private static bool StartsEntity(ReadOnlySpan<char> rest)
    {
        var semicolon = rest.IndexOf(';');
        if (semicolon <= 0 || semicolon > 32) return false;
        var name = rest[..semicolon];
        if (name[0] == '#')
        {
            var digits = name[1..];
            return digits.Length > 0 && (digits[0] is 'x' or 'X'
                ? digits.Length > 1 && digits[1..].ContainsAnyExcept("0123456789abcdefABCDEF") is false
                : !digits.ContainsAnyExcept("0123456789"));
        }

        return char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    }
}
