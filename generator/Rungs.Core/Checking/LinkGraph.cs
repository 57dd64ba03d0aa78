using System.Collections.Concurrent;
using System.Net;
using Rungs.Diagnostics;

namespace Rungs.Checking;

/// <summary>
/// The links and anchors of every generated page, collected as pages are rendered (from any number of threads),
/// then checked in one pass: every internal link must lead to a generated file, and its `#fragment` to an id on
/// that page. Links are resolved the way a browser resolves them from the page's own path, with a folder meaning
/// its `index.html`. External links (any URL with a scheme, or `//host`) are not followed.
/// </summary>
public sealed class LinkGraph
{
    private sealed record Link(string Raw, string? Target, string Fragment);

    private sealed record Page(string? Source, IReadOnlyList<Link> Links, IReadOnlySet<string> Ids);

    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);

    // Pages repeat the same links and ids thousands of times (the header, the stylesheet, `main`); one copy each.
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    private readonly string _sitePath;

    /// <param name="sitePath">
    /// The path the site is published at (`/`, or `/hr/specs/` from the base URL), for the few root-relative links
    /// (the 404 page's); root-relative links outside it are not the site's and are not checked.
    /// </param>
    public LinkGraph(string sitePath = "/")
    {
        _sitePath = sitePath.EndsWith('/') ? sitePath : sitePath + "/";
    }

    /// <summary>Records one rendered page. Safe to call from several threads at once, once per page.</summary>
    /// <param name="pagePath">The page's path in the output (`series/cs/index.html`).</param>
    /// <param name="sourcePath">
    /// Where a broken link on the page is reported: the content file it was made from, or the theme template for
    /// pages without one; the page's own path when null.
    /// </param>
    public void Add(string pagePath, string html, string? sourcePath)
    {
        var folder = pagePath.LastIndexOf('/') is var slash and >= 0 ? pagePath[..(slash + 1)] : "";
        var raws = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        HtmlLinkScanner.Scan(html, value => raws.Add(Intern(value)), value => ids.Add(Intern(Decode(value))));

        var links = new List<Link>(raws.Count);
        foreach (var raw in raws)
            if (Resolve(folder, pagePath, raw) is { } link) links.Add(link);
        _pages[pagePath] = new Page(sourcePath, links, ids);
    }

    /// <summary>Every broken internal link, one error per source file, link and problem (with how many pages share it).</summary>
    /// <param name="allOutputPaths">Every file the build writes, pages and assets, by output path.</param>
    public IReadOnlyList<Diagnostic> Check(IReadOnlySet<string> allOutputPaths)
    {
        var problems = new Dictionary<(string Source, string Message), (string Hint, List<string> Pages)>();
        foreach (var (path, page) in _pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        foreach (var link in page.Links)
        {
            if (Problem(link, allOutputPaths) is not { } problem) continue;
            var (message, hint) = problem;
            var key = (page.Source ?? path, message);
            if (!problems.TryGetValue(key, out var found)) problems[key] = found = (hint, []);
            found.Pages.Add(path);
        }

        var diagnostics = new DiagnosticList();
        foreach (var ((source, message), (hint, pages)) in problems)
        {
            var where = pages.Count == 1 ? $"on {pages[0]}" : $"on {pages[0]} and {pages.Count - 1} other page{(pages.Count == 2 ? "" : "s")}";
            diagnostics.Error(DiagnosticCodes.BrokenLink, SourcePosition.StartOf(source), $"{message} ({where})", hint);
        }

        return diagnostics.Sorted();
    }

    private (string Message, string Hint)? Problem(Link link, IReadOnlySet<string> files)
    {
        if (link.Target is null)
            return ($"the link `{link.Raw}` leads outside the site", "links between pages are relative and stay inside the output folder");

        var target = link.Target;
        if (!files.Contains(target))
        {
            // A link to `series/cs` (no slash) is served as the folder's index page by every static host.
            var asFolder = target.Length == 0 ? "index.html" : target + "/index.html";
            if (Path.HasExtension(target) || !files.Contains(asFolder))
                return ($"the link `{link.Raw}` leads to {target}, which the build does not generate",
                    "check the slug or path in the link; a page's address is its folder, e.g. `../../ksas/grammar/index.html`");
            target = asFolder;
        }

        if (link.Fragment.Length == 0 || !_pages.TryGetValue(target, out var page) || page.Ids.Contains(link.Fragment)) return null;
        // `#top` scrolls to the top of any page (HTML's own rule); `#:~:text=` is a text fragment, not an id.
        if (link.Fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || link.Fragment.StartsWith(":~:", StringComparison.Ordinal)) return null;
        return ($"the link `{link.Raw}` leads to {target}, which has no id \"{link.Fragment}\"",
            "link to a heading's id as it appears on the page, or give the target that id");
    }

    /// <summary>Where a link leads from a page: the output path and fragment, a null target when it leaves the site, or null for an external link.</summary>
    private Link? Resolve(string folder, string pagePath, string raw)
    {
        var url = Decode(raw).Trim();
        if (IsExternal(url)) return null;

        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : Intern(Unescape(url[(hash + 1)..]));
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        path = Unescape(path);

        string start;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(_sitePath, StringComparison.Ordinal)) return null;
            start = "";
            path = path[_sitePath.Length..];
        }
        else if (path.Length == 0)
            return new Link(raw, pagePath, fragment);
        else
            start = folder;

        var segments = new List<string>(start.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return new Link(raw, null, fragment);
                segments.RemoveAt(segments.Count - 1);
            }
            else segments.Add(segment);
        }

        var joined = string.Join('/', segments);
        var isFolder = path.Length == 0 || path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal)
                       || path is "." or "..";
        var target = isFolder ? (joined.Length == 0 ? "index.html" : joined + "/index.html") : joined;
        return new Link(raw, Intern(target), fragment);
    }

    /// <summary>A URL with a scheme (`https:`, `mailto:`, `javascript:`…) or a host (`//cdn…`) is not the site's to check.</summary>
    private static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        var slash = url.IndexOfAny(['/', '?', '#']);
        return (slash < 0 || colon < slash) && char.IsAsciiLetter(url[0]);
    }

    private static string Decode(ReadOnlySpan<char> value) => value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();

    private static string Unescape(string text) => text.Contains('%') ? Uri.UnescapeDataString(text) : text;

    private string Intern(ReadOnlySpan<char> value)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var existing)) return existing;
        var text = value.ToString();
        return _strings.GetOrAdd(text, text);
    }
}
