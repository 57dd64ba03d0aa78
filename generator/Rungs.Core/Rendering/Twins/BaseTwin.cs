using Rungs.Rendering.Pages;
using Rungs.Rendering.Views;
using Scriban;
using static Rungs.Rendering.Twins.TwinVariables;

namespace Rungs.Rendering.Twins;

/// <summary>layouts/base.html in C#: the frame of every page, around its layout's `content`.</summary>
internal sealed class BaseTwin : TemplateTwin
{
    public override string Path => "layouts/base.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = BuiltIn("layouts/base.html");

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TryGet(context, Site, out SiteView site) || !TryGet(context, Page, out PagePlan page)
            || !TryGet(context, Canonical, out string canonical) || !TryGet(context, Root, out string root)
            || !TryGet(context, Head, out string head) || !TryGet(context, Header, out string header)
            || !TryGet(context, Footer, out string footer) || !TryGet(context, LayoutContent, out PageContent content))
            return false;

        o.Raw("<!DOCTYPE html>\n<html lang=\"").Escaped(site.Language)
            .Raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        if (page.Kind == "home") o.Escaped(site.Title);
        else o.Escaped(page.Title).Raw(" \u00B7 ").Escaped(site.Title);
        o.Raw("</title>\n");
        if (page.Description is not null) o.Raw("<meta name=\"description\" content=\"").Escaped(page.Description).Raw("\">\n");
        if (page.Kind != "not-found") o.Raw("<link rel=\"canonical\" href=\"").Escaped(canonical).Raw("\">\n");
        o.Raw(head).Raw("</head>\n<body class=\"page-").Raw(page.Kind).Raw("\">\n").Raw(header);
        if (page.Breadcrumbs.Count > 0)
        {
            o.Raw("<nav class=\"breadcrumbs wrap\" aria-label=\"Breadcrumb\">\n  <ol>\n");
            foreach (var crumb in page.Breadcrumbs)
            {
                if (crumb.Url == "") o.Raw("    <li><span aria-current=\"page\">").Escaped(crumb.Title).Raw("</span></li>\n");
                else o.Raw("    <li><a href=\"").Raw(root).Raw(crumb.Url).Raw("\">").Escaped(crumb.Title).Raw("</a></li>\n");
            }

            o.Raw("  </ol>\n</nav>\n");
        }

        o.Raw("<main id=\"main\" class=\"wrap\">\n");
        content.WriteInPlace(context);
        o.Raw("\n</main>\n").Raw(footer).Raw("</body>\n</html>\n");
        return true;
    }
}
