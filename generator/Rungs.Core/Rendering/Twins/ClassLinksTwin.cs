using Rungs.Rendering.Views;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/class-links.html in C#: classes (`rows`) as linked titles with their level and series.</summary>
internal sealed class ClassLinksTwin() : ListPartialTwin<ClassCard>("partials/class-links.html", Rows)
{
    /// <summary>The one there is: it keeps no state.</summary>
    public static readonly ClassLinksTwin Shared = new();

    protected override void Write(TwinOutput o, IReadOnlyList<ClassCard> rows, string root)
    {
        o.Raw("<ul class=\"link-list\">\n");
        foreach (var c in rows)
            o.Raw("  <li><a href=\"").Raw(root).Raw(c.Url).Raw("\">").Escaped(c.Title).Raw("</a> <span class=\"muted\">\u2014 ").Escaped(c.LevelName).Raw(", ")
                .Escaped(c.SeriesTitle).Raw("</span></li>\n");
        o.Raw("</ul>\n");
    }
}
