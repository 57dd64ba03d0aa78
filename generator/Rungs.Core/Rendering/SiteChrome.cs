using System.Collections.Concurrent;
using Rungs.Diagnostics;
using Rungs.Rendering.Views;
using Scriban.Runtime;

namespace Rungs.Rendering;

/// <summary>The head links, header and footer of the base layout, as the theme's partials render them for one page.</summary>
public sealed record ChromeParts(string Head, string Header, string Footer);

/// <summary>
/// Renders the parts of the base layout that are the same on every page at one folder depth (they differ only by the
/// root-relative prefix, and the header by which nav link is the current page) once per depth, not once per page.
/// </summary>
/// <remarks>
/// The partials see only `site`, `root` and `nav_current`, so that a cached part cannot depend on anything else; a
/// theme's override that reads the page fails to render with an error rather than showing one page's text on another.
/// </remarks>
internal sealed class SiteChrome(TemplateSet templates, SiteView site)
{
    private readonly HashSet<string> _navUrls = site.Nav.Select(n => n.Url).ToHashSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Root, string NavCurrent), ChromeParts> _cache = new();

    /// <summary>The parts for a page; null (and a diagnostic) when one of the partials fails.</summary>
    public ChromeParts? For(string pagePath, string root, DiagnosticList diagnostics)
    {
        var key = (root, _navUrls.Contains(pagePath) ? pagePath : "");
        if (_cache.TryGetValue(key, out var parts)) return parts;

        var globals = new ScriptObject { ["site"] = site, ["root"] = key.root, ["nav_current"] = key.Item2 };
        if (templates.Render("partials/site-head.html", globals, diagnostics, pagePath) is not { } head
            || templates.Render("partials/site-header.html", globals, diagnostics, pagePath) is not { } header
            || templates.Render("partials/site-footer.html", globals, diagnostics, pagePath) is not { } footer) return null;
        return _cache.GetOrAdd(key, new ChromeParts(head, header, footer));
    }
}
