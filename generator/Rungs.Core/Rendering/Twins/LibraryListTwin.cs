using Rungs.Rendering.Views;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/library-list.html in C#: competencies, KSAs or job models (`items`) with their definitions.</summary>
internal sealed class LibraryListTwin() : ListPartialTwin<LibraryItem>("partials/library-list.html", Items)
{
    /// <summary>The one there is: it keeps no state.</summary>
    public static readonly LibraryListTwin Shared = new();

    protected override void Write(TwinOutput o, IReadOnlyList<LibraryItem> items, string root)
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
