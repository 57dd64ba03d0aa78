using Rungs.Rendering.Pages;
using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>
/// layouts/series.html in C#, with the partials it includes (facts, ladder, sections, library lists): a series' page.
/// Sets the variables the layout sets before each include.
/// </summary>
internal sealed class SeriesTwin : TemplateTwin
{
    private static readonly ScriptVariableGlobal ModelVariable = TwinVariables.Named("model");
    private static readonly ScriptVariableGlobal PageVariable = TwinVariables.Named("page");
    private static readonly ScriptVariableGlobal CanonicalVariable = TwinVariables.Named("canonical");
    private static readonly ScriptVariableGlobal FactsVariable = TwinVariables.Named("facts");
    private static readonly ScriptVariableGlobal RowsVariable = TwinVariables.Named("rows");
    private static readonly ScriptVariableGlobal IntroVariable = TwinVariables.Named("intro");
    private static readonly ScriptVariableGlobal SectionsVariable = TwinVariables.Named("sections");
    private static readonly ScriptVariableGlobal ItemsVariable = TwinVariables.Named("items");

    public override string Path => "layouts/series.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        ["layouts/series.html"] = "2FDD7033CB85EB491499D3A2FAFF4C0691FC03217B13422819238ED0EBA8AC0F",
        ["partials/facts.html"] = "8D3B59BDE1CB1888BC90D23E20F0E6D8B828A84B095AC3E2091A1A07699CA434",
        ["partials/ladder.html"] = "75ECCBAED0ECC4D929D02B458579C1B47691F413B2B5125942AED424193E9D87",
        ["partials/sections.html"] = "55BC417280DCA2727D8BFED020ED375B2A7A1504A64D7F74223691D2F4D105BA",
        ["partials/library-list.html"] = "2122EAA7B0080D8836263D9D8E7C1107F484957B2C20775BF9E827B14B1CA833",
    };

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TwinVariables.TryGet(context, ModelVariable, out SeriesPage model) || !TwinVariables.TryGet(context, PageVariable, out PagePlan page)
            || !TwinVariables.TryGet(context, CanonicalVariable, out string canonical) || !TwinVariables.TryGetRoot(context, out var root)) return false;

        o.Raw("<article class=\"spec\">\n");
        if (canonical.StartsWith("http", StringComparison.Ordinal)) o.Raw("<p class=\"print-only print-url\">").Escaped(canonical).Raw("</p>\n");
        o.Raw("  <header class=\"spec-header\">\n    <p class=\"eyebrow\">Class series</p>\n    <h1>").Escaped(page.Title).Raw("</h1>\n");
        if (model.Card.Summary is not null) o.Raw("    <p class=\"lead\">").Escaped(model.Card.Summary).Raw("</p>\n");
        o.Raw("  </header>\n");
        context.SetValue(FactsVariable, model.Facts);
        FactsTwin.Write(o, model.Facts, root);
        o.Raw("  <section aria-labelledby=\"levels\">\n    <h2 id=\"levels\">Levels of work</h2>\n");
        if (model.Levels.Count > 1)
            o.Raw("    <p><a class=\"button-link\" href=\"").Raw(root).Raw(model.CompareUrl).Raw("\">Compare all levels side by side</a></p>\n");
        context.SetValue(RowsVariable, model.Levels);
        LadderTwin.Write(o, model.Levels, root);
        o.Raw("  </section>\n");
        context.SetValue(IntroVariable, model.IntroHtml);
        context.SetValue(SectionsVariable, model.Sections);
        SectionsTwin.Write(context, o, model.IntroHtml, model.Sections);
        if (model.Ksas.Count > 0)
        {
            o.Raw("  <section aria-labelledby=\"series-ksas\">\n    <h2 id=\"series-ksas\">KSAs of every class in the series</h2>\n");
            context.SetValue(ItemsVariable, model.Ksas);
            LibraryListTwin.Write(o, model.Ksas, root);
            o.Raw("  </section>\n");
        }

        if (model.Competencies.Count > 0)
        {
            o.Raw("  <section aria-labelledby=\"series-competencies\">\n    <h2 id=\"series-competencies\">Competencies of every class in the series</h2>\n");
            context.SetValue(ItemsVariable, model.Competencies);
            LibraryListTwin.Write(o, model.Competencies, root);
            o.Raw("  </section>\n");
        }

        o.Raw("</article>\n");
        return true;
    }
}
