using Rungs.Rendering.Views;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/ladder.html in C#: the classes of one series (`rows`) in level order, with their code, grade and FLSA status.</summary>
internal sealed class LadderTwin() : ListPartialTwin<ClassCard>("partials/ladder.html", Rows)
{
    /// <summary>The one there is: it keeps no state.</summary>
    public static readonly LadderTwin Shared = new();

    protected override void Write(TwinOutput o, IReadOnlyList<ClassCard> rows, string root)
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
