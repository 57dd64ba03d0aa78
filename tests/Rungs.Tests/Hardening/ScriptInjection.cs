using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Rungs.Tests.Hardening;

/// <summary>
/// Finds anything in a generated file that would run script in a reader's browser: script elements with inline code,
/// event-handler or style attributes, frames and objects, URLs with a scheme other than http(s), mailto and tel, and
/// data files whose JSON a payload broke out of. Written independently of the generator's own sanitiser, so it checks it.
/// </summary>
public static partial class ScriptInjection
{
    [GeneratedRegex("""<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<script\b[^>]*>(.*?)</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    // The two wrappers the site's data scripts use around one JSON value: the search index and the class data files.
    [GeneratedRegex("""^(?:rungsSearch\("[a-z0-9/]+", |\(window\.RungsData = window\.RungsData \|\| \[\]\)\.push\()(.*)\);\s*$""", RegexOptions.Singleline)]
    private static partial Regex DataScript();

    private static readonly HashSet<string> ForbiddenTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "object", "embed", "applet", "style", "base", "math", "template",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "poster", "cite", "srcset", "xlink:href", "background", "data",
    };

    /// <summary>Every way the file could run script, one line each; empty when it is safe.</summary>
    public static IEnumerable<string> In(string path, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return Path.GetExtension(path) switch
        {
            ".html" => InHtml(text),
            ".js" when !path.StartsWith("assets/", StringComparison.Ordinal) => InDataScript(text),
            ".json" => InJson(text),
            ".xml" => InXml(text),
            _ => [],
        };
    }

    private static IEnumerable<string> InHtml(string html)
    {
        foreach (Match script in ScriptElement().Matches(html))
        {
            // A JSON-LD data block (a class's schema.org Occupation) is never run: allowed when it is one JSON value with no `<` at all.
            if (script.Value.StartsWith("""<script type="application/ld+json">""", StringComparison.Ordinal))
            {
                if (script.Groups[1].Value.Contains('<')) yield return $"a `<` in a JSON-LD block: {Cut(script.Value)}";
                foreach (var problem in InJson(script.Groups[1].Value)) yield return problem;
            }
            else if (script.Groups[1].Value.Trim().Length > 0) yield return $"inline script: {Cut(script.Value)}";
            else if (!Regex.IsMatch(script.Value, """^<script src="(?:(?:\.\./)*|/(?:[a-z0-9-]+/)*)assets/[a-z-]+\.js"( defer)?>""")) yield return $"script from elsewhere: {Cut(script.Value)}";
        }

        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups[1].Value;
            if (ForbiddenTags.Contains(name)) yield return $"<{name}> element: {Cut(tag.Value)}";
            foreach (Match attribute in Attribute().Matches(tag.Groups[2].Value))
            {
                var attributeName = attribute.Groups[1].Value.ToLowerInvariant();
                var value = WebUtility.HtmlDecode(attribute.Groups[2].Value + attribute.Groups[3].Value + attribute.Groups[4].Value);
                if (attributeName.StartsWith("on", StringComparison.Ordinal)) yield return $"event handler: {Cut(tag.Value)}";
                if (attributeName == "style") yield return $"style attribute: {Cut(tag.Value)}";
                if (UrlAttributes.Contains(attributeName) && !IsHarmlessUrl(value, name == "img")) yield return $"unsafe URL: {Cut(tag.Value)}";
                if (name == "meta" && attributeName == "http-equiv") yield return $"meta http-equiv: {Cut(tag.Value)}";
            }
        }
    }

    private static IEnumerable<string> InDataScript(string script)
    {
        if (script.Contains('\u2028') || script.Contains('\u2029')) yield return "a raw U+2028 or U+2029 in a script";
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase) || script.Contains("<!--", StringComparison.Ordinal))
            yield return "`</script` or `<!--` written raw in a script";
        var match = DataScript().Match(script);
        if (!match.Success)
        {
            yield return $"a data script with an unexpected shape: {Cut(script)}";
            yield break;
        }

        foreach (var problem in InJson(match.Groups[1].Value)) yield return problem;
    }

    private static IEnumerable<string> InJson(string json)
    {
        string? error = null;
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            error = $"JSON that does not parse (a value broke out of its string?): {e.Message}";
        }

        if (error is not null) yield return error;
    }

    private static IEnumerable<string> InXml(string xml)
    {
        string? error = null;
        try
        {
            XDocument.Parse(xml);
        }
        catch (System.Xml.XmlException e)
        {
            error = $"XML that does not parse: {e.Message}";
        }

        if (error is not null) yield return error;
    }

    /// <summary>Relative URLs and http(s), mailto and tel; for an image also a raster data: URL.</summary>
    private static bool IsHarmlessUrl(string url, bool isImage)
    {
        var cleaned = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        if (colon < 0 || cleaned.IndexOfAny(['/', '?', '#']) is var slash && slash >= 0 && slash < colon) return true;
        var scheme = cleaned[..colon];
        return scheme is "http" or "https" or "mailto" or "tel"
               || isImage && Regex.IsMatch(cleaned, "^data:image/(png|gif|jpeg|webp|avif)[;,]");
    }

    private static string Cut(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
