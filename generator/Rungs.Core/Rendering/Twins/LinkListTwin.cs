using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/link-list.html in C#: `links` as linked titles, each with its note.</summary>
internal sealed class LinkListTwin : TemplateTwin
{
    public override string Path => "partials/link-list.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn("partials/link-list.html");

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TryGet(context, Links, out IReadOnlyList<LinkView> links) || !TryGetRoot(context, out var root)) return false;
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
