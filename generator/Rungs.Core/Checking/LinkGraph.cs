using System.Collections.Concurrent;
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
    private readonly LinkTable _table = new();

    private readonly string _sitePath;

    // Readers not reading a page right now: one per page read at once, reused page after page, each thread taking
    // back the one it used last. Not one per thread: the thread pool may move the rendering to a new thread, and a
    // reader left behind would keep what it met.
    private readonly ConcurrentBag<PageReader> _idle = [];

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
    public void Add(string pagePath, ReadOnlySpan<char> html, string? sourcePath)
    {
        if (!_idle.TryTake(out var reader)) reader = new PageReader(new LinkResolver(_sitePath), _table);
        reader.Read(pagePath, html, sourcePath);
        _idle.Add(reader);
    }

    /// <summary>Every broken internal link, one error per source file, link and problem (with how many pages share it).</summary>
    /// <param name="allOutputPaths">Every file the build writes, pages and assets, by output path.</param>
    public IReadOnlyList<Diagnostic> Check(IReadOnlySet<string> allOutputPaths)
    {
        var links = _table.Links;
        // Each distinct link is judged once, however many pages carry it: 0 not yet, 1 fine, else a found problem's index + 2.
        var verdicts = new int[links.Length];
        var found = new List<(string Message, string Hint)>();
        var problems = new Dictionary<(string Source, string Message), (string Hint, List<string> Pages)>();
        foreach (var number in _table.PagesByPath())
        {
            _table.TryGetPage(number, out var page);
            foreach (var link in PackedNumbers.Read(page.Links))
            {
                string message, hint;
                if (links[link].Target == Link.ThisPage)
                {
                    // Where `#main` leads, and whether that page has the id, is each page's own.
                    if (Problem(links[link] with { Target = number }, allOutputPaths) is not { } own) continue;
                    (message, hint) = own;
                }
                else
                {
                    ref var verdict = ref verdicts[link];
                    if (verdict == 0)
                    {
                        var problem = Problem(links[link], allOutputPaths);
                        if (problem is { } some) found.Add(some);
                        verdict = problem is null ? 1 : found.Count + 1;
                    }

                    if (verdict == 1) continue;
                    (message, hint) = found[verdict - 2];
                }

                var path = _table.Target(number);
                var key = (page.Source ?? path, message);
                if (!problems.TryGetValue(key, out var pages)) problems[key] = pages = (hint, []);
                pages.Pages.Add(path);
            }
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
        if (link.Target == Link.OutOfSite)
            return ($"the link `{_table.Raw(link)}` leads outside the site", "links between pages are relative and stay inside the output folder");

        var target = _table.Target(link.Target);
        var linked = link.Target;
        if (!files.Contains(target))
        {
            // A link to `series/cs` (no slash) is served as the folder's index page by every static host.
            var asFolder = target.Length == 0 ? "index.html" : target + "/index.html";
            if (Path.HasExtension(target) || !files.Contains(asFolder))
                return ($"the link `{_table.Raw(link)}` leads to {target}, which the build does not generate",
                    "check the slug or path in the link; a page's address is its folder, e.g. `../../ksas/grammar/index.html`");
            target = asFolder;
            if (!_table.TryFindTarget(asFolder, out linked)) linked = -1;
        }

        if (link.Fragment == 0 || !_table.TryGetPage(linked, out var page) || Array.IndexOf(page.Ids, link.Fragment) >= 0) return null;
        // `#top` scrolls to the top of any page (HTML's own rule); `#:~:text=` is a text fragment, not an id.
        var fragment = _table.Name(link.Fragment);
        if (fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || fragment.StartsWith(":~:", StringComparison.Ordinal)) return null;
        return ($"the link `{_table.Raw(link)}` leads to {target}, which has no id \"{fragment}\"",
            "link to a heading's id as it appears on the page, or give the target that id");
    }
}
