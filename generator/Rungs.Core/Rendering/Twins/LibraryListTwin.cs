using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>partials/library-list.html in C#: competencies, KSAs or job models (`items`) with their definitions.</summary>
internal sealed class LibraryListTwin : TemplateTwin
{
    private static readonly ScriptVariableGlobal ItemsVariable = TwinVariables.Named("items");

    public override string Path => "partials/library-list.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        ["partials/library-list.html"] = "2122EAA7B0080D8836263D9D8E7C1107F484957B2C20775BF9E827B14B1CA833",
    };

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TwinVariables.TryGet(context, ItemsVariable, out IReadOnlyList<LibraryItem> items) || !TwinVariables.TryGetRoot(context, out var root)) return false;
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
