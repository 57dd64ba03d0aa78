using System.Net;
using System.Text;

namespace Rungs.Rendering.Views;

/// <summary>
/// Word runs as diff pages show them (the markup of the theme's `words.html`): unchanged words as text, additions in
/// `ins`, removals in `del`, each announced to screen readers; every word HTML-escaped as `html.escape` does.
/// </summary>
/// <remarks>
/// Made once per comparison, not per page: a ladder step is shown on two pages, and rendering the runs through the
/// partial (an include and a loop per item) was half the time a comparison took to render.
/// </remarks>
public static class WordsMarkup
{
    // Every kind of run, and text that must be escaped: what a theme's words.html is tried on.
    private static readonly IReadOnlyList<WordView> Probe =
        [new("Same", "a&b <c>"), new("Added", "\"new\" 'x'"), new("Removed", "</script>"), new("Same", "\u2028\u00e9")];

    /// <summary>
    /// Whether <paramref name="templates"/>' `partials/words.html` makes this markup (the default theme's does). A site
    /// theme that overrides it is rendered through its partial on every diff, so the override shows.
    /// </summary>
    public static bool IsThemeMarkup(TemplateSet templates)
    {
        if (!templates.Has("partials/words.html")) return false;
        var rendered = templates.Render("partials/words.html", new Scriban.Runtime.ScriptObject { ["words"] = Probe }, new Diagnostics.DiagnosticList(), "words.html");
        return rendered == Of(Probe);
    }

    public static string Of(IReadOnlyList<WordView> words)
    {
        if (words.Count == 0) return "";
        // Most comparisons' runs are one unchanged run: its markup is the escaped text alone, with no builder to fill.
        if (words.Count == 1 && words[0].Change is not ("Added" or "Removed")) return WebUtility.HtmlEncode(words[0].Text);
        var length = 0;
        for (var i = 0; i < words.Count; i++) length += words[i].Text.Length + 1;
        // Room for the text and one run's tags; escaping and more tags grow it, rarely.
        var html = new StringBuilder(length + 64);
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) html.Append(' ');
            var text = WebUtility.HtmlEncode(words[i].Text);
            switch (words[i].Change)
            {
                case "Added":
                    html.Append("<ins><span class=\"visually-hidden\">added: </span>").Append(text).Append("</ins>");
                    break;
                case "Removed":
                    html.Append("<del><span class=\"visually-hidden\">removed: </span>").Append(text).Append("</del>");
                    break;
                default:
                    html.Append(text);
                    break;
            }
        }

        return html.ToString();
    }
}
