using System.Net;
using Rungs.Comparison;
using Scriban.Runtime;

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
    /// <summary>The markup of word runs given as template objects.</summary>
    public static string Of(IReadOnlyList<WordView> words) =>
        ToHtml(words.Select(w => new WordSegment(Enum.Parse<WordChange>(w.Change), w.Text)).ToList());

    /// <summary>The markup of word runs, as a string (for templates that ask for it; pages write it with <see cref="Write"/>).</summary>
    public static string ToHtml(IReadOnlyList<WordSegment> words)
    {
        // Most comparisons' runs are one unchanged run: its markup is the escaped text alone, with no builder to fill.
        if (words.Count == 1 && words[0].Change == WordChange.Same) return WebUtility.HtmlEncode(words[0].Text);
        var output = new StringBuilderOutput();
        Write(output, words);
        return output.Builder.ToString();
    }

    /// <summary>Writes the markup of word runs straight into a page's output.</summary>
    public static void Write(IScriptOutput output, IReadOnlyList<WordSegment> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) Write(output, " ");
            var text = WebUtility.HtmlEncode(words[i].Text);
            switch (words[i].Change)
            {
                case WordChange.Added:
                    Write(output, "<ins><span class=\"visually-hidden\">added: </span>");
                    Write(output, text);
                    Write(output, "</ins>");
                    break;
                case WordChange.Removed:
                    Write(output, "<del><span class=\"visually-hidden\">removed: </span>");
                    Write(output, text);
                    Write(output, "</del>");
                    break;
                default:
                    Write(output, text);
                    break;
            }
        }
    }

    private static void Write(IScriptOutput output, string text) => output.Write(text, 0, text.Length);
}
