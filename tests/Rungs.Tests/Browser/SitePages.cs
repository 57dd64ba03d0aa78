using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rungs.Tests.Browser;

/// <summary>The pages of the built sample site as a browser test meets them: every page, one page of each type, and opened as served.</summary>
public static partial class SitePages
{
    /// <summary>Every page of the built site, as paths inside it (`series/x/index.html`), in path order.</summary>
    public static IReadOnlyList<string> All(BrowserFixture browser) =>
        Directory.EnumerateFiles(browser.Site.Path, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(browser.Site.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The first page (in path order) of each page type, told by the `page-…` class of its &lt;body&gt;.</summary>
    public static IReadOnlyList<string> OnePerType(BrowserFixture browser) =>
        All(browser).DistinctBy(p => BodyClass().Match(File.ReadAllText(browser.Site.Combine(p.Split('/')))).Groups[1].Value).ToList();

    /// <summary>
    /// A page in its own context at the given width and colour scheme, opened from disk. The 404 page's links start from the
    /// site root (`/assets/site.css`, as it is served at any address); file:// would look for those at the root of the disk,
    /// so such requests get the site's file of the same path, as a web server would answer them.
    /// </summary>
    public static async Task<IPage> OpenAsync(BrowserFixture browser, string path, int width, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme, JavaScriptEnabled = javaScript,
        });
        var root = Path.GetFullPath(browser.Site.Path) + Path.DirectorySeparatorChar;
        await context.RouteAsync(
            url => url.StartsWith("file:", StringComparison.Ordinal) && !new Uri(url).LocalPath.StartsWith(root, StringComparison.Ordinal),
            async route =>
            {
                var file = Path.Combine(root, new Uri(route.Request.Url).AbsolutePath.TrimStart('/'));
                if (File.Exists(file)) await route.FulfillAsync(new() { Path = file });
                else await route.ContinueAsync();
            });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(browser.Url(path));
        return page;
    }

    [GeneratedRegex("""<body[^>]*\sclass="([^"]*)""")]
    private static partial Regex BodyClass();
}
