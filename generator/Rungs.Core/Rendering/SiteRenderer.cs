using System.Diagnostics;
using System.Text;
using Rungs.Checking;
using Rungs.Diagnostics;
using Rungs.Content;
using Rungs.History;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Output;
using Rungs.Rendering.Pages;
using Rungs.Rendering.Views;
using Scriban.Runtime;

namespace Rungs.Rendering;

/// <summary>The files of one page group, the pages of it that belong in the sitemap, and the template problems met.</summary>
public sealed record RenderedGroup(PageGroup Group, IReadOnlyList<OutputFile> Files, IReadOnlyList<string> SitemapPaths, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Renders one linked site through one theme, a page group at a time (<see cref="PageGroup"/>), and makes the
/// site-wide files (assets, search index, feed, sitemap, Netlify files). The full build renders every group;
/// the dev server renders only the groups an edit affects. Safe to use from several threads.
/// </summary>
public sealed class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SiteModel _site;
    private readonly ThemeFiles _theme;
    private readonly TemplateSet _templates;
    private readonly SiteView _siteView;
    private readonly SiteChrome _chrome;
    private readonly BaseUrl? _baseUrl;
    private readonly SiteHistory _history;
    private readonly LinkGraph? _links;
    // What pages and data files of different groups share, made once per site (see each type): owned here, passed to them.
    private readonly ClassCards _cards;
    private readonly Export.LibraryRefs _libraryRefs = new();

    // A page's global variables; sized for what its templates assign too (`rows = …; include …`), so it is not regrown.
    private readonly ThreadLocal<ScriptObject> _globals = new(() => new ScriptObject(32));
    private long _planTicks;
    private long _renderTicks;

    private SiteRenderer(SiteModel site, ThemeFiles theme, TemplateSet templates, BaseUrl? baseUrl, SiteHistory history, LinkGraph? links)
    {
        _links = links;
        _site = site;
        _theme = theme;
        _templates = templates;
        _baseUrl = baseUrl;
        _history = history;
        _cards = new ClassCards(site);
        _siteView = SiteView.Of(site.Config, baseUrl, hasPay: site.PayScales.Count > 0, hasReleases: history.Releases.Releases.Count > 0);
        _chrome = new SiteChrome(templates, _siteView);
    }

    /// <summary>Parses the theme's templates; null (and diagnostics) when one does not parse.</summary>
    /// <param name="links">Where each rendered page's links and ids are recorded for the build's link check; none by default.</param>
    /// <param name="compiledTemplates">Whether built-in templates may be written by their compiled C# (see <see cref="TemplateSet.Parse"/>).</param>
    /// <param name="parsed">The templates of this very theme, parsed already (the dev server's last renderer, <see cref="Templates"/>).</param>
    public static SiteRenderer? Create(SiteModel site, ThemeFiles theme, BaseUrl? baseUrl, SiteHistory? history, DiagnosticList diagnostics,
        LinkGraph? links = null, bool compiledTemplates = true, TemplateSet? parsed = null)
    {
        var templates = parsed ?? TemplateSet.Parse(theme, diagnostics, compiledTemplates);
        return diagnostics.HasErrors ? null : new SiteRenderer(site, theme, templates, baseUrl, history ?? SiteHistory.None, links);
    }

    /// <summary>The theme's parsed templates, which a renderer of the next edit's site may share while the theme is the same.</summary>
    public TemplateSet Templates => _templates;

    public SiteModel Site => _site;

    /// <summary>Time spent planning pages and rendering templates so far, summed over threads (for `--timings`).</summary>
    public (TimeSpan Planning, TimeSpan Templates) ThreadTime => (TimeSpan.FromTicks(_planTicks), TimeSpan.FromTicks(_renderTicks));

    /// <summary>Plans and renders the pages of one group, and for a series the data files of its classes, keeping the files.</summary>
    public RenderedGroup Render(PageGroup group)
    {
        var files = new MemoryOutput();
        var rendered = Render(group, files);
        return rendered with { Files = files.Files };
    }

    /// <summary>
    /// Plans and renders the pages of one group, and for a series the data files of its classes, handing each file to
    /// <paramref name="output"/> as soon as it is made; the result lists no files.
    /// </summary>
    public RenderedGroup Render(PageGroup group, IOutputSink output)
    {
        var watch = Stopwatch.StartNew();
        var pages = PagePlanner.Plan(_site, group, _cards, _history);
        Interlocked.Add(ref _planTicks, watch.Elapsed.Ticks);
        watch.Restart();

        var diagnostics = new DiagnosticList();
        foreach (var page in pages) RenderPage(page, diagnostics, output);
        if (group.Kind == PageGroupKind.Series && _site.SeriesBySlug.TryGetValue(group.Slug, out var ladder))
            Export.ClassDataFiles.Write(_site, ladder.Slug, ladder.Levels, _libraryRefs, output);
        Interlocked.Add(ref _renderTicks, watch.Elapsed.Ticks);
        return new RenderedGroup(group, [], pages.Where(p => p.InSitemap && !p.NoIndex).Select(p => p.Path).ToList(), diagnostics.Items);
    }

    /// <summary>The theme's assets, copied as they are, and its favicon.ico at the site root too.</summary>
    public IEnumerable<OutputFile> Assets()
    {
        foreach (var file in _theme.All.Where(f => f.RelativePath.StartsWith("assets/", StringComparison.Ordinal)))
        {
            yield return new OutputFile(file.RelativePath, file.Bytes);
            // Browsers and tools ask for /favicon.ico whatever the page links to; without it every site logs 404s.
            if (file.RelativePath == RootFavicon) yield return new OutputFile("favicon.ico", file.Bytes);
        }
    }

    private const string RootFavicon = "assets/favicon.ico";

    /// <summary>The search index's files (they cover every page group).</summary>
    public IEnumerable<OutputFile> SearchIndex() =>
        Search.SearchIndexFiles.Files(Search.SearchIndex.Build(Search.SearchDocuments.Of(_site)));

    /// <summary>Small site-wide files: the class catalogue (CSV and XLSX), the recent-changes and releases feeds, sitemap, robots.txt and Netlify's files.</summary>
    public IEnumerable<OutputFile> SiteFiles(IEnumerable<string> sitemapPaths) => SiteDataFiles().Append(Sitemap(sitemapPaths));

    /// <summary>
    /// The site-wide files that need no page rendered first (all of <see cref="SiteFiles"/> but the sitemap, and the
    /// all-classes filter's rows script, the compare page's name directory): a build makes them alongside the pages.
    /// </summary>
    public IEnumerable<OutputFile> SiteDataFiles()
    {
        // The CSV and the workbook hold one table: made once.
        var catalogue = Export.CatalogueTable.Of(_site, _baseUrl ?? _site.Config.BaseUrl);
        yield return Export.ClassCatalogue.File(catalogue);
        yield return Export.ClassWorkbook.File(catalogue);
        // The script the all-classes filter searches when the table has several pages.
        if (Pages.ClassRowsScript.File(_site, _cards) is { } rows) yield return rows;
        // Where the compare page's pickers find the series of a class named in its address, on a site too large to list them.
        foreach (var names in Pages.CompareNames.Files(_site)) yield return names;
        yield return new OutputFile(SiteUrls.RecentChangesFeed, AtomFeed.Write(RecentChangesPage.Feed(_site, _history, _baseUrl)));
        // Beside the releases page, which a site outside git does not have.
        if (_history.Releases.State != ReleasesState.NoRepository)
            yield return new OutputFile(SiteUrls.ReleasesFeed, AtomFeed.Write(ReleasesPage.Feed(_site, _history.Releases, _baseUrl)));
        yield return Text("robots.txt", SitemapWriter.Robots(_baseUrl));
        yield return Text(Publishing.NetlifyFiles.RedirectsPath, Publishing.NetlifyFiles.Redirects(_site, _baseUrl));
        yield return Text(Publishing.NetlifyFiles.HeadersPath, Publishing.NetlifyFiles.Headers(_baseUrl));
    }

    /// <summary>sitemap.xml, listing <paramref name="sitemapPaths"/> (the pages rendered).</summary>
    public OutputFile Sitemap(IEnumerable<string> sitemapPaths) => Text("sitemap.xml", SitemapWriter.Sitemap(sitemapPaths, _baseUrl));

    private static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    private void RenderPage(PagePlan page, DiagnosticList diagnostics, IOutputSink output)
    {
        // The 404 page is served at any missing URL, so its links start from the site's base path, not from itself.
        var root = page.Path == SiteUrls.NotFound ? SiteUrls.BasePath(_baseUrl) : SiteUrls.RootFrom(page.Path);
        if (_chrome.For(page.Path, root, diagnostics) is not { } chrome) return;
        // One table per thread, emptied after each page (of what its templates assigned, too), so it holds no page or
        // site once the build is over: a fresh one per page was 30 MB of garbage at 10,000 classes.
        var globals = _globals.Value!;
        globals["site"] = _siteView;
        globals["page"] = page;
        globals["model"] = page.Model;
        globals["root"] = root;
        globals["canonical"] = SiteUrls.Absolute(_baseUrl, page.Path);
        globals["site_head"] = chrome.Head;
        globals["site_header"] = chrome.Header;
        globals["site_footer"] = chrome.Footer;
        try
        {
            _templates.RenderPage(page.Layout, "layouts/base.html", globals, diagnostics, page.Path, html =>
            {
                // A page made from no content file has its links from the theme: a broken one is reported in its layout.
                _links?.Add(page.Path, html, page.Source ?? _theme.Find(page.Layout)?.DisplayPath);
                Utf8PageBuffer.Write(output, page.Path, html);
            });
        }
        finally
        {
            globals.Clear();
        }
    }
}
