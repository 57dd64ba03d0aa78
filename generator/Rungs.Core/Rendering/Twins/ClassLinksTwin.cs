using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>partials/class-links.html in C#: classes (`rows`) as linked titles with their level and series.</summary>
internal sealed class ClassLinksTwin : TemplateTwin
{
    private static readonly ScriptVariableGlobal RowsVariable = TwinVariables.Named("rows");

    public override string Path => "partials/class-links.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        ["partials/class-links.html"] = "D1857A41C3EEB223095FD8CB490ACE5F556C640477439D28373C02986BA44713",
    };

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TwinVariables.TryGet(context, RowsVariable, out IReadOnlyList<ClassCard> rows) || !TwinVariables.TryGetRoot(context, out var root)) return false;
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
