using Rungs.Rendering.Pages;
using Scriban;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>
/// layouts/series.html in C#, with the partials it includes (facts, ladder, sections, library lists): a series' page.
/// Sets the variables the layout sets before each include.
/// </summary>
internal sealed class SeriesTwin() : LayoutTwin<SeriesPage>(
        "layouts/series.html",
        "partials/facts.html",
        "partials/ladder.html",
        "partials/sections.html",
        "partials/library-list.html")
{
    protected override bool TryWrite(TemplateContext context, TwinOutput o, SeriesPage model, PagePlan page, string canonical, string root)
    {
        o.Raw("<article class=\"spec\">\n");
        PrintUrl(o, canonical);
        o.Raw("  <header class=\"spec-header\">\n    <p class=\"eyebrow\">Class series</p>\n    <h1>").Escaped(page.Title).Raw("</h1>\n");
        if (model.Card.Summary is not null) o.Raw("    <p class=\"lead\">").Escaped(model.Card.Summary).Raw("</p>\n");
        o.Raw("  </header>\n");
        FactsTwin.Shared.Include(context, o, model.Facts, root);
        o.Raw("  <section aria-labelledby=\"levels\">\n    <h2 id=\"levels\">Levels of work</h2>\n");
        if (model.Levels.Count > 1)
            o.Raw("    <p><a class=\"button-link\" href=\"").Raw(root).Raw(model.CompareUrl).Raw("\">Compare all levels side by side</a></p>\n");
        LadderTwin.Shared.Include(context, o, model.Levels, root);
        o.Raw("  </section>\n");
        SectionsTwin.Include(context, o, model.IntroHtml, model.Sections);
        LibraryListTwin.Shared.Section(context, o, "  <section aria-labelledby=\"series-ksas\">\n    <h2 id=\"series-ksas\">KSAs of every class in the series</h2>\n",
            model.Ksas, root);
        LibraryListTwin.Shared.Section(context, o,
            "  <section aria-labelledby=\"series-competencies\">\n    <h2 id=\"series-competencies\">Competencies of every class in the series</h2>\n",
            model.Competencies, root);
        o.Raw("</article>\n");
        return true;
    }
}
