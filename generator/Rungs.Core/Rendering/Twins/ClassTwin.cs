using Rungs.Rendering.Pages;
using Scriban;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>
/// layouts/class.html in C#, with the partials it includes (facts, diff, sections, class and library lists): a class's
/// page, of which a site has one per class. Sets the variables the layout sets before each include.
/// </summary>
internal sealed class ClassTwin() : LayoutTwin<ClassPage>(
        "layouts/class.html",
        "partials/facts.html",
        "partials/diff.html",
        "partials/sections.html",
        "partials/class-links.html",
        "partials/library-list.html",
        "partials/link-list.html")
{
    protected override bool TryWrite(TemplateContext context, TwinOutput o, ClassPage model, PagePlan page, string canonical, string root)
    {
        if (!TryGet(context, UseWordsMarkup, out bool wordsMarkup)) return false;
        // The comparison's word runs are written as the diff twin writes them: only where the theme's words.html makes the same.
        if (model.NextStep is not null && !wordsMarkup) return false;

        o.Raw("<article class=\"spec\">\n");
        PrintUrl(o, canonical);
        o.Raw("  <header class=\"spec-header\">\n    <p class=\"eyebrow\"><a href=\"").Raw(root).Raw(model.Series.Url).Raw("\">").Escaped(model.Series.Title)
            .Raw("</a> \u00B7 ").Escaped(model.Card.LevelName).Raw("</p>\n    <h1>").Escaped(page.Title).Raw("</h1>\n    <p class=\"badges\">\n");
        if (model.Card.Code is not null) o.Raw("<span class=\"badge\">Code ").Escaped(model.Card.Code).Raw("</span>");
        o.Raw("\n");
        if (model.Card.Grade is not null) o.Raw("<span class=\"badge\">Grade ").Escaped(model.Card.Grade).Raw("</span>");
        o.Raw("\n");
        if (model.Card.Flsa is not null) o.Raw("<span class=\"badge\">").Escaped(model.Card.Flsa).Raw("</span>");
        o.Raw("\n    </p>\n  </header>\n\n  <nav class=\"ladder-nav\" aria-label=\"Levels of this series\">\n");
        if (model.Below is not null)
            o.Raw("    <a class=\"ladder-prev\" rel=\"prev\" href=\"").Raw(root).Raw(model.Below.Url).Raw("\"><span class=\"label\">Level below</span> ")
                .Escaped(model.Below.Title).Raw("</a>\n");
        else o.Raw("    <span class=\"ladder-prev muted\">Entry level of the series</span>\n");
        if (model.Above is not null)
            o.Raw("    <a class=\"ladder-next\" rel=\"next\" href=\"").Raw(root).Raw(model.Above.Url).Raw("\"><span class=\"label\">Next level</span> ")
                .Escaped(model.Above.Title).Raw("</a>\n");
        else o.Raw("    <span class=\"ladder-next muted\">Top level of the series</span>\n");
        o.Raw("  </nav>\n\n  <section aria-labelledby=\"at-a-glance\">\n    <h2 id=\"at-a-glance\">At a glance</h2>\n");
        FactsTwin.Shared.Include(context, o, model.Facts, root);
        Joined(o, "Also known as", model.Aliases);
        Joined(o, "Example positions", model.ExamplePositions);
        o.Raw("  </section>\n\n");
        if (model.LowerLevelWork is not null)
            o.Raw("  <p class=\"note\" data-note=\"lower-level-work\">This class also performs the work of the level below: <a href=\"").Raw(root)
                .Raw(model.LowerLevelWork.Url).Raw("\">").Escaped(model.LowerLevelWork.Title).Raw("</a>. Its duties are part of this class too.</p>\n");
        o.Raw("\n");
        if (model.NextStep is null)
        {
            o.Raw("  <p><a href=\"").Raw(root).Raw(model.CompareUrl).Raw("?a=").Raw(model.Card.Slug).Raw("\">Compare this class with any other class</a></p>\n");
        }
        else
        {
            o.Raw("  <section class=\"next-level\" aria-labelledby=\"next-level\">\n    <h2 id=\"next-level\">What it takes to reach ").Escaped(model.NextStep.After.Title)
                .Raw("</h2>\n    <p>Computed from the two specs: what changes from this level to the next. <a href=\"").Raw(root).Raw(model.NextStepUrl)
                .Raw("\">See the full comparison</a>, or <a href=\"").Raw(root).Raw(model.CompareUrl).Raw("?a=").Raw(model.Card.Slug)
                .Raw("\">compare with any other class</a>.</p>\n");
            DiffTwin.Include(context, o, model.NextStep, compact: true, root);
            o.Raw("  </section>\n");
        }

        o.Raw("\n");
        SectionsTwin.Include(context, o, model.IntroHtml, model.Sections);
        o.Raw("\n");
        if (model.DiffersFrom.Count > 0 || model.DistinguishedBy.Count > 0)
        {
            o.Raw("  <section aria-labelledby=\"related-classes\">\n    <h2 id=\"related-classes\">How it differs from other classes</h2>\n");
            if (model.DiffersFrom.Count > 0)
            {
                o.Raw("    <p>This class is distinguished from:</p>\n");
                ClassLinksTwin.Shared.Include(context, o, model.DiffersFrom, root);
            }

            if (model.DistinguishedBy.Count > 0)
            {
                o.Raw("    <p>These classes describe how they differ from this one:</p>\n");
                ClassLinksTwin.Shared.Include(context, o, model.DistinguishedBy, root);
            }

            o.Raw("  </section>\n");
        }

        o.Raw("\n");
        LibraryListTwin.Shared.Section(context, o,
            "  <section aria-labelledby=\"linked-ksas\">\n    <h2 id=\"linked-ksas\">KSA definitions</h2>\n    <p class=\"muted\">The knowledge, skills and abilities this class asks for, as defined in the KSA library.</p>\n",
            model.Ksas, root);
        o.Raw("\n");
        LibraryListTwin.Shared.Section(context, o, "  <section aria-labelledby=\"linked-competencies\">\n    <h2 id=\"linked-competencies\">Competencies</h2>\n",
            model.Competencies, root);
        o.Raw("\n");
        LinkListTwin.Shared.Section(context, o, "  <section aria-labelledby=\"linked-job-models\">\n    <h2 id=\"linked-job-models\">Job models</h2>\n",
            model.JobModels, root);
        if (model.History is not null) History(o, model.History, page, root);
        o.Raw("</article>\n");
        return true;
    }

    // `{{ for a in list }}{{ if !for.first }}, {{ end }}{{ a | html.escape }}{{ end }}` in a labelled paragraph, when there is any.
    private static void Joined(TwinOutput o, string label, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        o.Raw("    <p><span class=\"label\">").Raw(label).Raw("</span> ");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) o.Raw(", ");
            o.Escaped(values[i]);
        }

        o.Raw("</p>\n");
    }

    private static void History(TwinOutput o, ClassHistoryView history, PagePlan page, string root)
    {
        o.Raw("  <section class=\"revision-history\" aria-labelledby=\"").Raw(history.Id).Raw("\">\n    <h2 id=\"").Raw(history.Id).Raw("\">Revision history</h2>\n");
        if (history.Revisions.Count > 0)
        {
            o.Raw("    <p class=\"muted\">Every change to this spec in the site's history, newest first, with what it changed.</p>\n    <div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Revisions of ")
                .Escaped(page.Title).Raw("\">\n    <table class=\"history-table\">\n      <caption class=\"visually-hidden\">Revisions of ").Escaped(page.Title)
                .Raw(", newest first</caption>\n      <thead>\n        <tr><th scope=\"col\">Date</th><th scope=\"col\">Change</th><th scope=\"col\">What changed</th></tr>\n      </thead>\n      <tbody>\n");
            foreach (var r in history.Revisions)
                o.Raw("        <tr data-commit=\"").Raw(r.ShortHash).Raw("\">\n          <td class=\"history-date\"><time datetime=\"").Raw(r.Date.DateTime).Raw("\">")
                    .Escaped(r.Date.Text).Raw("</time></td>\n          <td>").Escaped(r.Subject).Raw(" <span class=\"code muted\">").Raw(r.ShortHash)
                    .Raw("</span></td>\n          <td>").Escaped(r.Summary).Raw("</td>\n        </tr>\n");
            o.Raw("      </tbody>\n    </table>\n    </div>\n");
        }
        else if (history.StartsAt is not null)
        {
            o.Raw("    <p>No change to this spec since <time datetime=\"").Raw(history.StartsAt.DateTime).Raw("\">").Escaped(history.StartsAt.Text).Raw("</time>.</p>\n");
        }
        else
        {
            o.Raw("    <p>This spec has no committed revisions yet.</p>\n");
        }

        if (history.StartsAt is not null)
            o.Raw("    <p class=\"muted\" data-note=\"history-incomplete\">This build's history starts on ").Escaped(history.StartsAt.Text)
                .Raw("; earlier revisions are not shown.</p>\n");
        o.Raw("    <p><a href=\"").Raw(root).Raw(history.RecentChangesUrl).Raw("\">Recent changes across all specs</a></p>\n  </section>\n");
    }
}
