using Rungs.Rendering.Pages;
using Rungs.Rendering.Views;
using Scriban;
using Scriban.Syntax;

namespace Rungs.Rendering.Twins;

/// <summary>layouts/base.html in C#: the frame of every page, around its layout's `content`.</summary>
internal sealed class BaseTwin : TemplateTwin
{
    private static readonly ScriptVariableGlobal SiteVariable = TwinVariables.Named("site");
    private static readonly ScriptVariableGlobal PageVariable = TwinVariables.Named("page");
    private static readonly ScriptVariableGlobal CanonicalVariable = TwinVariables.Named("canonical");
    private static readonly ScriptVariableGlobal RootVariable = TwinVariables.Named("root");
    private static readonly ScriptVariableGlobal HeadVariable = TwinVariables.Named("site_head");
    private static readonly ScriptVariableGlobal HeaderVariable = TwinVariables.Named("site_header");
    private static readonly ScriptVariableGlobal FooterVariable = TwinVariables.Named("site_footer");
    private static readonly ScriptVariableGlobal ContentVariable = TwinVariables.Named("content");

    public override string Path => "layouts/base.html";

    public override IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        ["layouts/base.html"] = "1900F6C02EB98AC913ACFCF7DE7C5A3FA935AA7FAB7AA085CC9136BE31898562",
    };

    public override bool TryWrite(TemplateContext context, TwinOutput o)
    {
        if (!TwinVariables.TryGet(context, SiteVariable, out SiteView site) || !TwinVariables.TryGet(context, PageVariable, out PagePlan page)
            || !TwinVariables.TryGet(context, CanonicalVariable, out string canonical) || !TwinVariables.TryGet(context, RootVariable, out string root)
            || !TwinVariables.TryGet(context, HeadVariable, out string head) || !TwinVariables.TryGet(context, HeaderVariable, out string header)
            || !TwinVariables.TryGet(context, FooterVariable, out string footer) || !TwinVariables.TryGet(context, ContentVariable, out PageContent content))
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
