using System.Text;
using Rungs.Diagnostics;
using Rungs.History;
using Rungs.Linking;
using Rungs.Output;
using Rungs.Pipeline;
using Rungs.Rendering.Pages;
using Rungs.Rendering.Views;
using Scriban.Runtime;

namespace Rungs.Rendering;

/// <summary>The rendered site: every output file in path order, and the template problems met.</summary>
public sealed record RenderResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Stage 4: renders every page through the theme (in parallel, output in a fixed order) and adds assets, sitemap and robots.txt.</summary>
public static class RenderStage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="history">The site's history from git (class pages' revision history, recent changes and their feed); none by default.</param>
    public static RenderResult Run(SiteModel site, ThemeFiles theme, string? baseUrl, StageClock? clock = null, SiteHistory? history = null)
    {
        clock ??= new StageClock();
        history ??= SiteHistory.None;
        var diagnostics = new DiagnosticList();
        var templates = clock.Time("templates", () => TemplateSet.Parse(theme, diagnostics));
        if (diagnostics.HasErrors) return new RenderResult([], diagnostics.Items);

        var siteView = SiteView.Of(site.Config, baseUrl);
        var pages = clock.Time("plan pages", () => PagePlanner.Plan(site, history));
        var rendered = clock.Time("render pages", () => pages
            .AsParallel().AsOrdered()
            .Select(page => RenderPage(page, templates, siteView, baseUrl))
            .ToList());

        var files = new List<OutputFile>();
        foreach (var (file, problems) in rendered)
        {
            diagnostics.AddRange(problems);
            if (file is not null) files.Add(file);
        }

        files.AddRange(theme.All
            .Where(f => f.RelativePath.StartsWith("assets/", StringComparison.Ordinal))
            .Select(f => new OutputFile(f.RelativePath, f.Bytes)));
        files.AddRange(clock.Time("class data", () => Export.ClassDataFiles.Files(site).ToList()));
        files.AddRange(clock.Time("search index", () => Search.SearchIndexFiles.Files(Search.SearchIndex.Build(Search.SearchDocuments.Of(site))).ToList()));
        files.Add(new OutputFile(SiteUrls.RecentChangesFeed, AtomFeed.Write(RecentChangesPage.Feed(site, history, baseUrl))));
        files.Add(new OutputFile("sitemap.xml", Utf8.GetBytes(SitemapWriter.Sitemap(pages, baseUrl))));
        files.Add(new OutputFile("robots.txt", Utf8.GetBytes(SitemapWriter.Robots(baseUrl))));
        files.Add(new OutputFile(Publishing.NetlifyFiles.RedirectsPath, Utf8.GetBytes(Publishing.NetlifyFiles.Redirects(site, baseUrl))));
        files.Add(new OutputFile(Publishing.NetlifyFiles.HeadersPath, Utf8.GetBytes(Publishing.NetlifyFiles.Headers(baseUrl))));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new RenderResult(files, diagnostics.Items);
    }

    private static (OutputFile? File, IReadOnlyList<Diagnostic> Problems) RenderPage(PagePlan page, TemplateSet templates, SiteView site, string? baseUrl)
    {
        var diagnostics = new DiagnosticList();
        // The 404 page is served at any missing URL, so its links start from the site's base path, not from itself.
        var root = page.Path == SiteUrls.NotFound ? SiteUrls.BasePath(baseUrl) : SiteUrls.RootFrom(page.Path);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["model"] = page.Model,
            ["root"] = root,
            ["canonical"] = SiteUrls.Absolute(baseUrl, page.Path),
        };
        var body = templates.Render(page.Layout, globals, diagnostics, page.Path);
        if (body is null) return (null, diagnostics.Items);
        globals["content"] = body;
        var html = templates.Render("layouts/base.html", globals, diagnostics, page.Path);
        return html is null ? (null, diagnostics.Items) : (new OutputFile(page.Path, Utf8.GetBytes(html)), diagnostics.Items);
    }
}
