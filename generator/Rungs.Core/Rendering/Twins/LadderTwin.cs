using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>partials/ladder.html in C#: the classes of one series (`rows`) in level order, with their code, grade and FLSA status.</summary>
internal sealed class LadderTwin : TemplateTwin
{
    private static readonly ScriptVariableGlobal RowsVariable = TwinVariables.Named("rows");

    public override string Path => "partials/ladder.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        ["partials/ladder.html"] = "75ECCBAED0ECC4D929D02B458579C1B47691F413B2B5125942AED424193E9D87",
    };

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TwinVariables.TryGet(context, RowsVariable, out IReadOnlyList<ClassCard> rows) || !TwinVariables.TryGetRoot(context, out var root)) return false;
        Write(o, rows, root);
        return true;
    }

    public static void Write(TwinOutput o, IReadOnlyList<ClassCard> rows, string root)
    {
        o.Raw("<ol class=\"ladder\">\n");
        foreach (var c in rows)
        {
            o.Raw("  <li class=\"rung\">\n    <span class=\"rung-level\">").Escaped(c.LevelName).Raw("</span>\n    <a class=\"rung-title\" href=\"").Raw(root).Raw(c.Url)
                .Raw("\">").Escaped(c.Title).Raw("</a>\n    <span class=\"rung-facts\">\n");
            if (c.Code is not null) o.Raw("<span><span class=\"label\">Code</span> ").Escaped(c.Code).Raw("</span>");
            o.Raw("\n");
            if (c.Grade is not null) o.Raw("<span><span class=\"label\">Grade</span> ").Escaped(c.Grade).Raw("</span>");
            o.Raw("\n");
            if (c.Flsa is not null) o.Raw("<span><span class=\"label\">FLSA</span> ").Escaped(c.Flsa).Raw("</span>");
            o.Raw("\n    </span>\n  </li>\n");
        }

        o.Raw("</ol>\n");
    }
}
