using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/library-list.html in C#: competencies, KSAs or job models (`items`) with their definitions.</summary>
internal sealed class LibraryListTwin : TemplateTwin
{
    public override string Path => "partials/library-list.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn("partials/library-list.html");

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TryGet(context, Items, out IReadOnlyList<LibraryItem> items) || !TryGetRoot(context, out var root)) return false;
        Write(o, items, root);
        return true;
    }

    public static void Write(TwinOutput o, IReadOnlyList<LibraryItem> items, string root)
    {
        o.Raw("<ul class=\"library-list\">\n");
        foreach (var item in items)
        {
            o.Raw("  <li>\n    <a href=\"").Raw(root).Raw(item.Url).Raw("\">").Escaped(item.Title).Raw("</a>\n");
            if (item.Kind is not null) o.Raw(" <span class=\"tag\">").Escaped(item.Kind).Raw("</span>");
            o.Raw("\n");
            if (item.ViaSeries) o.Raw(" <span class=\"tag\">whole series</span>");
            o.Raw("\n");
            if (item.Summary is not null) o.Raw("    <p>").Escaped(item.Summary).Raw("</p>\n");
            o.Raw("  </li>\n");
        }

        o.Raw("</ul>\n");
    }
}
