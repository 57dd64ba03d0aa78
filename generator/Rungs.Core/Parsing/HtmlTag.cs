using System.Net;

namespace Rungs.Parsing;

/// <summary>One start or end tag read from raw HTML: lowercase name, attributes (names lowercase, values decoded), and where it ends.</summary>
public sealed record HtmlTag(string Name, bool IsClosing, bool IsSelfClosing, IReadOnlyList<(string Name, string Value)> Attributes, int End)
{
    /// <summary>The tag starting at <paramref name="start"/> (a `&lt;`), or null when the text there is not a complete tag.</summary>
    public static HtmlTag? Read(string html, int start)
    {
        var i = start + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing) i++;
        if (i >= html.Length || !char.IsAsciiLetter(html[i])) return null;
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        var name = html[nameStart..i].ToLowerInvariant();

        var attributes = new List<(string, string)>();
        while (true)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/' && i + 1 < html.Length && html[i + 1] != '>')) i++;
            if (i >= html.Length) return null;
            if (html[i] == '>') return new HtmlTag(name, closing, false, attributes, i + 1);
            if (html[i] == '/') return i + 1 < html.Length ? new HtmlTag(name, closing, true, attributes, i + 2) : null;

            var attributeStart = i;
            // A name runs to a space, `>`, `/` or `=`; an `=` in first place belongs to the name, as browsers read it.
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '/') && (html[i] != '=' || i == attributeStart)) i++;
            var attribute = html[attributeStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i >= html.Length) return null;
                if (html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    if (close < 0) return null;
                    value = html[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
            }

            attributes.Add((attribute, WebUtility.HtmlDecode(value)));
        }
    }
}
