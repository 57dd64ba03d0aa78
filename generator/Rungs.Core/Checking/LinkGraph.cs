using System.Collections.Concurrent;
using System.Net;
using Rungs.Content;
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
    /// <param name="Ids">The page's ids, each once; a page has a few dozen, so a list is as quick to search as a set.</param>
    private sealed record Page(string? Source, Link[] Links, string[] Ids);

    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);

    // Pages repeat the same links and ids thousands of times (the header, the stylesheet, `main`); one copy each.
    private readonly StringPool _strings = new();

    private readonly string _sitePath;

    // Each rendering thread reads its pages with one reader, reused page after page.
    private readonly ThreadLocal<PageReader> _readers;

    /// <param name="sitePath">
    /// The path the site is published at (`/`, or `/hr/specs/` from the base URL), for the few root-relative links
    /// (the 404 page's); root-relative links outside it are not the site's and are not checked.
    /// </param>
    public LinkGraph(string sitePath = "/")
    {
        _sitePath = sitePath.EndsWith('/') ? sitePath : sitePath + "/";
        _readers = new ThreadLocal<PageReader>(() => new PageReader(new LinkResolver(_sitePath, _strings), _strings));
    }

    /// <summary>Records one rendered page. Safe to call from several threads at once, once per page.</summary>
    /// <param name="pagePath">The page's path in the output (`series/cs/index.html`).</param>
    /// <param name="sourcePath">
    /// Where a broken link on the page is reported: the content file it was made from, or the theme template for
    /// pages without one; the page's own path when null.
    /// </param>
    public void Add(string pagePath, ReadOnlySpan<char> html, string? sourcePath)
    {
        var (links, ids) = _readers.Value!.Read(pagePath, html);
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

        if (link.Fragment.Length == 0 || !_pages.TryGetValue(target, out var page) || Array.IndexOf(page.Ids, link.Fragment) >= 0) return null;
        // `#top` scrolls to the top of any page (HTML's own rule); `#:~:text=` is a text fragment, not an id.
        if (link.Fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || link.Fragment.StartsWith(":~:", StringComparison.Ordinal)) return null;
        return ($"the link `{link.Raw}` leads to {target}, which has no id \"{link.Fragment}\"",
            "link to a heading's id as it appears on the page, or give the target that id");
    }

    /// <summary>
    /// Reads one page at a time for one thread: the scanner's callbacks, the tables that drop repeats, and the resolver
    /// are made once and reused, so a page costs its two result arrays and the strings never seen before. Each value
    /// the scanner reports is looked up once, by its characters, in a table of the values this thread has met.
    /// </summary>
    private sealed class PageReader
    {
        private readonly LinkResolver _resolver;
        private readonly StringPool _strings;
        private readonly Dictionary<string, SeenLink> _links = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SeenLink>.AlternateLookup<ReadOnlySpan<char>> _linksBySpan;
        private readonly Dictionary<string, SeenId> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SeenId>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
        private readonly List<SeenLink> _pageLinks = [];
        private readonly List<string> _pageIds = [];
        private readonly List<Link> _resolved = [];
        private readonly HtmlLinkScanner.ValueFound _onLink;
        private readonly HtmlLinkScanner.ValueFound _onAnchor;

        // Which page is being read, so that a value met again on it is known without a set per page.
        private int _page;
        private bool _pageHasDecodedId;

        public PageReader(LinkResolver resolver, StringPool strings)
        {
            _resolver = resolver;
            _strings = strings;
            _linksBySpan = _links.GetAlternateLookup<ReadOnlySpan<char>>();
            _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            _onLink = OnLink;
            _onAnchor = OnAnchor;
        }

        public (Link[] Links, string[] Ids) Read(string pagePath, ReadOnlySpan<char> html)
        {
            _page++;
            _pageLinks.Clear();
            _pageIds.Clear();
            _pageHasDecodedId = false;
            _resolved.Clear();
            HtmlLinkScanner.Scan(html, _onLink, _onAnchor);

            var folder = pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1);
            var depth = 0;
            foreach (var range in folder.Split('/'))
                if (!folder[range].IsEmpty) depth++;
            foreach (var seen in _pageLinks)
            {
                if (!seen.TryGetAt(depth, out var link))
                {
                    link = _resolver.Resolve(folder, pagePath, seen.Raw, out var byDepthOnly);
                    if (byDepthOnly) seen.RememberAt(depth, link);
                }

                if (link is { } found) _resolved.Add(found);
            }

            return (_resolved.ToArray(), _pageIds.ToArray());
        }

        private void OnLink(ReadOnlySpan<char> value)
        {
            if (!_linksBySpan.TryGetValue(value, out var seen))
            {
                var raw = _strings.Get(value);
                _links[raw] = seen = new SeenLink(raw);
            }

            if (seen.Page == _page) return;
            seen.Page = _page;
            _pageLinks.Add(seen);
        }

        private void OnAnchor(ReadOnlySpan<char> value)
        {
            if (!_idsBySpan.TryGetValue(value, out var seen))
            {
                var decoded = value.Contains('&');
                var id = decoded ? _strings.Get(WebUtility.HtmlDecode(value.ToString())) : _strings.Get(value);
                // Without entities the pooled id is the raw value itself: no second copy for the key.
                _ids[decoded ? value.ToString() : id] = seen = new SeenId(id, decoded);
            }

            if (seen.Page == _page) return;
            seen.Page = _page;
            // Two spellings of one id (`x`, `&#120;`) are one id, listed once; only an entity makes a second spelling.
            _pageHasDecodedId |= seen.Decoded;
            if (_pageHasDecodedId && _pageIds.Contains(seen.Id)) return;
            _pageIds.Add(seen.Id);
        }
    }

    /// <summary>A raw link value a thread has met, and where it leads from each folder depth where that depends on the depth alone.</summary>
    private sealed class SeenLink(string raw)
    {
        public readonly string Raw = raw;

        /// <summary>The last page (of this thread) it was met on.</summary>
        public int Page;

        private (bool Known, Link? Link)[] _byDepth = [];

        public bool TryGetAt(int depth, out Link? link)
        {
            var known = depth < _byDepth.Length && _byDepth[depth].Known;
            link = known ? _byDepth[depth].Link : null;
            return known;
        }

        public void RememberAt(int depth, Link? link)
        {
            if (depth >= _byDepth.Length) Array.Resize(ref _byDepth, depth + 1);
            _byDepth[depth] = (true, link);
        }
    }

    /// <summary>A raw id value a thread has met, decoded (<paramref name="decoded"/>: it had entities to decode).</summary>
    private sealed class SeenId(string id, bool decoded)
    {
        public readonly string Id = id;
        public readonly bool Decoded = decoded;

        /// <summary>The last page (of this thread) it was met on.</summary>
        public int Page;
    }
}
