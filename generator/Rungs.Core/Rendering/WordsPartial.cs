using Rungs.Rendering.Views;

namespace Rungs.Rendering;

/// <summary>
/// The theme's `partials/words.html`, checked against <see cref="WordsMarkup"/>: where it makes the same markup, pages
/// write word runs in code instead of through the partial.
/// </summary>
/// <remarks>
/// Kept out of <see cref="WordsMarkup"/>: the check renders through the <see cref="TemplateSet"/>, which (with the twins
/// it runs) uses the views, so the views must not use it back (docs/architecture.md).
/// </remarks>
public static class WordsPartial
{
    // Every kind of run, and text that must be escaped: what a theme's words.html is tried on.
    private static readonly IReadOnlyList<WordView> Probe =
        [new("Same", "a&b <c>"), new("Added", "\"new\" 'x'"), new("Removed", "</script>"), new("Same", "\u2028\u00e9")];

    /// <summary>
    /// Whether <paramref name="templates"/>' `partials/words.html` makes <see cref="WordsMarkup"/>'s markup (the default
    /// theme's does). A site theme that overrides it is rendered through its partial on every diff, so the override shows.
    /// </summary>
    public static bool IsThemeMarkup(TemplateSet templates)
    {
        if (!templates.Has("partials/words.html")) return false;
        var rendered = templates.Render("partials/words.html", new Scriban.Runtime.ScriptObject { ["words"] = Probe }, new Diagnostics.DiagnosticList(), "words.html");
        return rendered == WordsMarkup.Of(Probe);
    }
}
