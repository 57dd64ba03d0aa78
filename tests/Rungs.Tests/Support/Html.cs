using System.Net;
using System.Text.RegularExpressions;

namespace Rungs.Tests.Support;

/// <summary>Just enough HTML reading for tests: visible text, labelled facts, links and ids.</summary>
public static partial class Html
{
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?(?:a|abbr|b|code|em|i|span|strong|time)\b[^>]*>")]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\s(?:href|src|action)=""([^""]*)""")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"\sid=""([^""]*)""")]
    private static partial Regex IdAttribute();

    /// <summary>The visible text of an HTML fragment: inline tags dropped, block tags read as a space, whitespace collapsed.</summary>
    public static string TextOf(string html) =>
        Space().Replace(WebUtility.HtmlDecode(Tag().Replace(InlineTag().Replace(html, ""), " ")), " ").Trim();

    /// <summary>The value shown for a labelled fact (`data-fact="grade"` → "15"), or null when the page has none.</summary>
    /// <summary>The text of the page's JSON-LD script element (the class's schema.org Occupation).</summary>
    public static string StructuredData(string page)
    {
        const string open = """<script type="application/ld+json">""";
        var start = page.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no JSON-LD");
        start += open.Length;
        return page[start..page.IndexOf("</script>", start, StringComparison.Ordinal)];
    }

    public static string? Fact(string html, string id)
    {
        var match = Regex.Match(html, $"""data-fact="{Regex.Escape(id)}">\s*<dt>.*?</dt>\s*<dd>(.*?)</dd>""", RegexOptions.Singleline);
        return match.Success ? TextOf(match.Groups[1].Value) : null;
    }

    /// <summary>Every href, src and form action on the page, decoded.</summary>
    public static IEnumerable<string> Links(string html) =>
        LinkAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    public static ISet<string> Ids(string html) =>
        IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The inner HTML of the first element that has the given attribute text (e.g. `class="ladder-nav"`).</summary>
    public static string Element(string html, string tag, string attribute)
    {
        var match = Regex.Match(html, $"<{tag}[^>]*{Regex.Escape(attribute)}[^>]*>(.*?)</{tag}>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no <{tag} … {attribute}> on the page");
        return match.Groups[1].Value;
    }
}
