using System.Collections.Concurrent;
using System.Diagnostics;
using Rungs.Diagnostics;
using Rungs.History;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Output;
using Rungs.Parsing;
using Rungs.Pipeline;
using Rungs.Rendering;

namespace Rungs.Incremental;

/// <summary>
/// A site kept built in memory between edits, for the dev server. The first build renders everything; after that, an edit
/// re-parses only the changed files, re-links the site (cheap), and re-renders only the page groups the edit affects
/// (<see cref="ChangeImpact"/>) in a first, fast step — the page being edited is up to date after it — then the site pages,
/// search index and site-wide files in a second step (<see cref="CompleteSitePages"/>). A build with errors publishes
/// nothing: the last good site stays, and the errors are reported. Not thread-safe: one rebuild at a time.
/// </summary>
public sealed class SiteSession(IThemeSource themes, string? baseUrl = null, HistoryLog? history = null)
{
    private readonly ParseCache _cache = new();
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<PageGroup, IReadOnlyList<string>> _groupFiles = [];
    private readonly Dictionary<PageGroup, IReadOnlyList<string>> _groupSitemap = [];
    private readonly List<string> _siteFiles = [];

    // The state the published files were built from: an edit is measured against it.
    private Dictionary<string, string?> _builtTexts = new(StringComparer.Ordinal);
    private ThemeFiles? _builtTheme;
    private SiteRenderer? _renderer;
    private bool _sitePagesPending;

    /// <summary>The published site: the files of the last good build, by output path.</summary>
    public IReadOnlyDictionary<string, OutputFile> Files => _files;

    /// <summary>Whether there is a good build to serve.</summary>
    public bool HasSite => _renderer is not null;

    /// <summary>
    /// Brings the site up to date with <paramref name="sources"/>. The first call (and a change to site.yml or the theme)
    /// renders everything; later calls render only the groups the changes affect, and leave the site pages to
    /// <see cref="CompleteSitePages"/>.
    /// </summary>
    public RebuildReport Rebuild(ContentSources sources)
    {
        var watch = Stopwatch.StartNew();
        var changed = ChangedPaths(sources);
        var validated = SitePipeline.Validate(sources, themes, cache: _cache);
        if (validated.HasErrors || validated.Theme is null)
            return new RebuildReport(changed, [], 0, [], [], watch.Elapsed, Sorted(validated.Diagnostics), false);

        var site = validated.Site;
        var diagnostics = new DiagnosticList();
        var renderer = SiteRenderer.Create(site, validated.Theme, baseUrl ?? site.Config.BaseUrl, SiteHistoryOf(site), diagnostics);
        if (renderer is null)
            return new RebuildReport(changed, [], 0, [], [], watch.Elapsed, Sorted([.. validated.Diagnostics, .. diagnostics.Items]), false);

        var impact = _renderer is null || !SameTheme(_builtTheme, validated.Theme) ? null : ChangeImpact.Groups(_renderer.Site, site, changed);
        var full = impact is null;
        // The site pages show every document, so they are rebuilt on every edit, in the second step.
        var groups = (full ? PagePlanner.Groups(site).AsEnumerable() : impact!.OrderBy(g => g.Kind).ThenBy(g => g.Slug, StringComparer.Ordinal))
            .Where(g => g.Kind != PageGroupKind.Site).ToList();
        var rendered = groups.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(renderer.Render).ToList();
        diagnostics.AddRange(validated.Diagnostics);
        foreach (var group in rendered) diagnostics.AddRange(group.Diagnostics);
        if (diagnostics.HasErrors)
            return new RebuildReport(changed, groups, 0, [], [], watch.Elapsed, diagnostics.Sorted(), full);

        var updates = new List<OutputFile>();
        var removals = new List<string>();
        var pages = 0;
        foreach (var group in rendered)
        {
            pages += group.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            updates.AddRange(group.Files);
            var paths = group.Files.Select(f => f.Path).ToList();
            if (_groupFiles.TryGetValue(group.Group, out var old)) removals.AddRange(old.Except(paths, StringComparer.Ordinal));
            _groupFiles[group.Group] = paths;
            _groupSitemap[group.Group] = group.SitemapPaths;
        }

        if (full)
        {
            var listed = _groupFiles.Keys.ToHashSet();
            foreach (var gone in listed.Except(groups).Where(g => g.Kind != PageGroupKind.Site))
            {
                removals.AddRange(_groupFiles[gone]);
                _groupFiles.Remove(gone);
                _groupSitemap.Remove(gone);
            }
        }

        _renderer = renderer;
        _builtTheme = validated.Theme;
        _builtTexts = sources.Files.ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal);
        _sitePagesPending = true;
        var (written, removed) = Publish(updates, removals);
        if (full)
        {
            var site2 = CompleteSitePages();
            return new RebuildReport(changed, groups, pages + site2.PagesRendered, [.. written, .. site2.ChangedFiles], [.. removed, .. site2.RemovedFiles],
                watch.Elapsed, diagnostics.Sorted(), true);
        }

        return new RebuildReport(changed, groups, pages, written, removed, watch.Elapsed, diagnostics.Sorted(), false);
    }

    /// <summary>
    /// The second step of a rebuild: the site pages (indexes, search, career map, comparisons of any two), the search index
    /// and the site-wide files, which show every document. Does nothing when they are up to date.
    /// </summary>
    public RebuildReport CompleteSitePages()
    {
        var watch = Stopwatch.StartNew();
        if (!_sitePagesPending || _renderer is null) return new RebuildReport([], [], 0, [], [], TimeSpan.Zero, [], false);
        var diagnostics = new DiagnosticList();
        var sitePages = _renderer.Render(PageGroup.Site);
        diagnostics.AddRange(sitePages.Diagnostics);
        if (diagnostics.HasErrors)
            return new RebuildReport([], [PageGroup.Site], 0, [], [], watch.Elapsed, diagnostics.Sorted(), false);
        _groupSitemap[PageGroup.Site] = sitePages.SitemapPaths;
        _groupFiles[PageGroup.Site] = sitePages.Files.Select(f => f.Path).ToList();
        var extras = _renderer.Assets()
            .Concat(_renderer.SearchIndex())
            .Concat(_renderer.SiteFiles(_groupSitemap.Values.SelectMany(p => p)))
            .ToList();
        var removals = _siteFiles.Except(extras.Select(f => f.Path), StringComparer.Ordinal).ToList();
        _siteFiles.Clear();
        _siteFiles.AddRange(extras.Select(f => f.Path));
        _sitePagesPending = false;
        var (written, removed) = Publish([.. sitePages.Files, .. extras], removals);
        return new RebuildReport([], [PageGroup.Site], sitePages.Files.Count, written, removed, watch.Elapsed, diagnostics.Sorted(), false);
    }

    /// <summary>Stores new files (only those whose bytes changed count as changed) and drops removed ones.</summary>
    private (List<string> Written, List<string> Removed) Publish(IEnumerable<OutputFile> updates, IEnumerable<string> removals)
    {
        var written = new List<string>();
        foreach (var file in updates)
        {
            if (_files.TryGetValue(file.Path, out var old) && old.Bytes.AsSpan().SequenceEqual(file.Bytes)) continue;
            _files[file.Path] = file;
            written.Add(file.Path);
        }

        var kept = updates.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = removals.Distinct().Where(p => !kept.Contains(p) && _files.TryRemove(p, out _)).ToList();
        written.Sort(StringComparer.Ordinal);
        removed.Sort(StringComparer.Ordinal);
        return (written, removed);
    }

    private List<string> ChangedPaths(ContentSources sources)
    {
        var changed = sources.Files
            .Where(f => !_builtTexts.TryGetValue(f.RelativePath, out var text) || !string.Equals(text, f.Text, StringComparison.Ordinal))
            .Select(f => f.RelativePath).ToList();
        var present = sources.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        changed.AddRange(_builtTexts.Keys.Where(p => !present.Contains(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private SiteHistory SiteHistoryOf(SiteModel site) =>
        history is { Available: true } ? SpecHistory.Build(history, site) : SiteHistory.None;

    private static bool SameTheme(ThemeFiles? a, ThemeFiles b) =>
        a is not null
        && a.All.Select(f => f.RelativePath).SequenceEqual(b.All.Select(f => f.RelativePath), StringComparer.Ordinal)
        && a.All.Zip(b.All).All(pair => pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes));

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = new DiagnosticList();
        list.AddRange(diagnostics);
        return list.Sorted();
    }
}
