using Rungs.Rendering.Pages;
using Scriban;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>layouts/level-step.html in C#, with the partials/diff.html it includes: what changes from one level to the next.</summary>
internal sealed class LevelStepTwin() : LayoutTwin<LevelStepPage>("layouts/level-step.html", "partials/diff.html")
{
    protected override bool TryWrite(TemplateContext context, TwinOutput o, LevelStepPage model, PagePlan page, string canonical, string root)
    {
        // The comparison's word runs are written as the diff twin writes them: only where the theme's words.html makes the same.
        if (!TryGet(context, UseWordsMarkup, out bool wordsMarkup) || !wordsMarkup) return false;

        var diff = model.Diff;
        o.Raw("<header class=\"spec-header\">\n  <p class=\"eyebrow\"><a href=\"").Raw(root).Raw(model.Series.Url).Raw("\">").Escaped(model.Series.Title).Raw("</a> \u00B7 ")
            .Escaped(diff.Before.LevelName).Raw(" \u2192 ").Escaped(diff.After.LevelName).Raw("</p>\n  <h1>").Escaped(page.Title)
            .Raw("</h1>\n  <p class=\"lead\">What changes from <a href=\"").Raw(root).Raw(diff.Before.Url).Raw("\">").Escaped(diff.Before.Title).Raw("</a> to <a href=\"")
            .Raw(root).Raw(diff.After.Url).Raw("\">").Escaped(diff.After.Title)
            .Raw("</a>, computed from the two specs. Reworded items show <del>removed</del> and <ins>added</ins> words.</p>\n  <p><a href=\"").Raw(root)
            .Raw(model.SeriesCompareUrl).Raw("\">All levels side by side</a></p>\n</header>\n<section aria-labelledby=\"step-changes\">\n  <h2 id=\"step-changes\">Changes</h2>\n");
        DiffTwin.Include(context, o, diff, compact: false, root);
        o.Raw("</section>\n");
        return true;
    }
}
