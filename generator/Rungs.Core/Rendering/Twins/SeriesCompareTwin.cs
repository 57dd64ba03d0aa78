using Rungs.Rendering.Pages;
using Rungs.Rendering.Views;
using Scriban;
using Scriban.Runtime;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>
/// layouts/series-compare.html in C#, with the partials/level-header.html it includes: every level of a series side by
/// side, a table cell per level and attribute, KSA and competency. Sets `first` and `matrices` as the layout does.
/// </summary>
internal sealed class SeriesCompareTwin() : LayoutTwin<SeriesComparePage>("layouts/series-compare.html", "partials/level-header.html")
{
    protected override bool TryWrite(TemplateContext context, TwinOutput o, SeriesComparePage model, PagePlan page, string canonical, string root)
    {
        PrintUrl(o, canonical);
        o.Raw("<header class=\"spec-header\">\n  <p class=\"eyebrow\"><a href=\"").Raw(root).Raw(model.Series.Url).Raw("\">").Escaped(model.Series.Title)
            .Raw("</a></p>\n  <h1>Levels side by side</h1>\n  <p class=\"lead\">Every level of the ").Escaped(model.Series.Title)
            .Raw(", from the entry level up. Highlighted cells change from the level before; <span class=\"tag tag-new\">New</span> marks what a level asks for first.</p>\n</header>\n");
        if (model.Steps.Count > 0)
        {
            o.Raw("<nav class=\"steps\" aria-label=\"Level-to-level comparisons\">\n  <p>What changes from one level to the next:</p>\n  <ul class=\"link-list\">\n");
            foreach (var s in model.Steps) o.Raw("    <li><a href=\"").Raw(root).Raw(s.Url).Raw("\">").Escaped(s.Title).Raw("</a></li>\n");
            o.Raw("  </ul>\n</nav>\n");
        }

        o.Raw("\n<section aria-labelledby=\"compare-attributes\">\n  <h2 id=\"compare-attributes\">Attributes</h2>\n  <div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Attributes of every level\">\n  <table class=\"compare-table\">\n    <caption class=\"visually-hidden\">Attributes of every level of the ")
            .Escaped(model.Series.Title).Raw("</caption>\n    <thead>\n");
        LevelHeader(context, o, model, root, "Attribute");
        o.Raw("    </thead>\n    <tbody>\n");
        foreach (var row in model.Attributes)
        {
            o.Raw("      <tr data-attribute=\"").Raw(row.Id).Raw("\">\n        <th scope=\"row\">").Escaped(row.Label).Raw("</th>\n");
            foreach (var cell in row.Cells)
            {
                o.Raw(cell.Changed ? "        <td class=\"changed\">" : "        <td>");
                if (cell.Value is not null) o.Escaped(cell.Value);
                else o.Raw("<span class=\"muted\">\u2014</span>");
                if (cell.Changed) o.Raw("<span class=\"visually-hidden\"> (changed from the level before)</span>");
                o.Raw("</td>\n");
            }

            o.Raw("      </tr>\n");
        }

        o.Raw("    </tbody>\n  </table>\n  </div>\n</section>\n\n");

        (string Id, string Title, IReadOnlyList<CompareMatrixRow> Rows, string None)[] matrices =
        [
            ("compare-ksas", "Knowledge, skills and abilities", model.Ksas, "No level of this series links KSAs from the library."),
            ("compare-competencies", "Competencies", model.Competencies, "No level of this series links competencies."),
        ];
        // As the layout's object literal, so that a template after this one sees the same `matrices`.
        var literal = new ScriptArray();
        foreach (var m in matrices) literal.Add(new ScriptObject { ["id"] = m.Id, ["title"] = m.Title, ["rows"] = m.Rows, ["none"] = m.None });
        context.SetValue(Matrices, literal);
        foreach (var (id, title, rows, none) in matrices) WriteMatrix(context, o, model, root, id, title, rows, none);

        o.Raw("\n");
        if (model.HasDuties) WriteDuties(o, model, root);
        return true;
    }

    private static void WriteMatrix(TemplateContext context, TwinOutput o, SeriesComparePage model, string root, string id, string title,
        IReadOnlyList<CompareMatrixRow> rows, string none)
    {
        o.Raw("<section aria-labelledby=\"").Raw(id).Raw("\">\n  <h2 id=\"").Raw(id).Raw("\">").Raw(title).Raw("</h2>\n");
        if (rows.Count == 0)
        {
            o.Raw("  <p class=\"muted\">").Raw(none).Raw("</p>\n");
        }
        else
        {
            o.Raw("  <div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").Raw(title)
                .Raw(" by level\">\n  <table class=\"compare-table matrix\">\n    <caption class=\"visually-hidden\">").Raw(title).Raw(" by level</caption>\n    <thead>\n");
            LevelHeader(context, o, model, root, title);
            o.Raw("    </thead>\n    <tbody>\n");
            foreach (var row in rows)
            {
                o.Raw("      <tr>\n        <th scope=\"row\"><a href=\"").Raw(root).Raw(row.Item.Url).Raw("\">").Escaped(row.Item.Title).Raw("</a>");
                if (row.Item.Summary is not null) o.Raw("<span class=\"matrix-summary\">").Escaped(row.Item.Summary).Raw("</span>");
                o.Raw("</th>\n");
                foreach (var cell in row.Cells)
                {
                    if (!cell.Present)
                    {
                        o.Raw("        <td class=\"absent\"><span aria-hidden=\"true\">\u2013</span><span class=\"visually-hidden\">Not required</span></td>\n");
                        continue;
                    }

                    o.Raw(cell.New ? "        <td class=\"present new\">" : "        <td class=\"present\">")
                        .Raw("<span aria-hidden=\"true\">\u25CF</span><span class=\"visually-hidden\">Required</span>");
                    if (cell.New) o.Raw(" <span class=\"tag tag-new\">New</span>");
                    if (cell.ViaSeries) o.Raw("<span class=\"visually-hidden\"> (by the whole series)</span>");
                    o.Raw("</td>\n");
                }

                o.Raw("      </tr>\n");
            }

            o.Raw("    </tbody>\n  </table>\n  </div>\n");
        }

        o.Raw("</section>\n");
    }

    // `first = …; include 'level-header.html'`.
    private static void LevelHeader(TemplateContext context, TwinOutput o, SeriesComparePage model, string root, string first)
    {
        context.SetValue(First, first);
        o.Raw("<tr><th scope=\"col\">").Raw(first).Raw("</th>");
        foreach (var l in model.Levels)
            o.Raw("<th scope=\"col\"><a href=\"").Raw(root).Raw(l.Url).Raw("\">").Escaped(l.Title).Raw("</a><span class=\"level-name\">").Escaped(l.LevelName)
                .Raw("</span></th>");
        o.Raw("</tr>\n");
    }

    private static void WriteDuties(TwinOutput o, SeriesComparePage model, string root)
    {
        o.Raw("<section aria-labelledby=\"compare-duties\">\n  <h2 id=\"compare-duties\">Duties by level</h2>\n  <div class=\"duty-columns\">\n");
        for (var index = 0; index < model.Duties.Count; index++)
        {
            var d = model.Duties[index];
            o.Raw("    <section class=\"duty-column\" aria-labelledby=\"duties-").Value(index).Raw("\">\n      <h3 id=\"duties-").Value(index).Raw("\"><a href=\"")
                .Raw(root).Raw(d.Level.Url).Raw("\">").Escaped(d.Level.Title).Raw("</a> <span class=\"level-name\">").Escaped(d.Level.LevelName).Raw("</span></h3>\n");
            if (d.InheritsFrom is not null)
                o.Raw("      <p class=\"inherited\">Includes the work of <a href=\"#duties-").Value(index - 1).Raw("\">").Escaped(d.InheritsFrom.Title).Raw("</a> (")
                    .Value(d.InheritedCount).Raw(" ").Raw(d.InheritedCount == 1 ? "duty" : "duties").Raw(", not repeated here).</p>\n");
            if (d.Own.Count > 0)
            {
                o.Raw("      <ol>\n");
                foreach (var item in d.Own) o.Raw("        <li>").Escaped(item).Raw("</li>\n");
                o.Raw("      </ol>\n");
            }
            else
            {
                o.Raw("      <p class=\"muted\">No duties listed.</p>\n");
            }

            o.Raw("    </section>\n");
        }

        o.Raw("  </div>\n</section>\n");
    }
}
