using Rungs.Rendering.Views;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>partials/link-list.html in C#: `links` as linked titles, each with its note.</summary>
internal sealed class LinkListTwin() : ListPartialTwin<LinkView>("partials/link-list.html", Links)
{
    /// <summary>The one there is: it keeps no state.</summary>
    public static readonly LinkListTwin Shared = new();

    protected override void Write(TwinOutput o, IReadOnlyList<LinkView> links, string root)
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
