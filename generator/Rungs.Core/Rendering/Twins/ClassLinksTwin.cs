using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/class-links.html in C#: classes (`rows`) as linked titles with their level and series.</summary>
internal sealed class ClassLinksTwin : TemplateTwin
{
    public override string Path => "partials/class-links.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn("partials/class-links.html");

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TryGet(context, Rows, out IReadOnlyList<ClassCard> rows) || !TryGetRoot(context, out var root)) return false;
        Write(o, rows, root);
        return true;
    }

    public static void Write(TwinOutput o, IReadOnlyList<ClassCard> rows, string root)
    {
        o.Raw("<ul class=\"link-list\">\n");
        foreach (var c in rows)
            o.Raw("  <li><a href=\"").Raw(root).Raw(c.Url).Raw("\">").Escaped(c.Title).Raw("</a> <span class=\"muted\">\u2014 ").Escaped(c.LevelName).Raw(", ")
                .Escaped(c.SeriesTitle).Raw("</span></li>\n");
        o.Raw("</ul>\n");
    }
}
