using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>partials/link-list.html in C#: `links` as linked titles, each with its note.</summary>
internal sealed class LinkListTwin : TemplateTwin
{
    private static readonly ScriptVariableGlobal LinksVariable = TwinVariables.Named("links");

    public override string Path => "partials/link-list.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        ["partials/link-list.html"] = "7877DCF1F640E2AC1CE0177EC8984D1C5AEF4C821FF8F5A5A5EB64E91DE495AF",
    };

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TwinVariables.TryGet(context, LinksVariable, out IReadOnlyList<LinkView> links) || !TwinVariables.TryGetRoot(context, out var root)) return false;
        Write(o, links, root);
        return true;
    }

    public static void Write(TwinOutput o, IReadOnlyList<LinkView> links, string root)
    {
        o.Raw("<ul class=\"link-list\">\n");
        foreach (var l in links)
        {
            o.Raw("  <li><a href=\"").Raw(root).Raw(l.Url).Raw("\">").Escaped(l.Title).Raw("</a>");
            if (l.Note is not null) o.Raw(" <span class=\"muted\">\u2014 ").Escaped(l.Note).Raw("</span>");
            o.Raw("</li>\n");
        }

        o.Raw("</ul>\n");
    }
}
