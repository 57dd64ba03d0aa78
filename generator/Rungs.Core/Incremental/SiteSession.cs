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
/// re-parses only the changed files, patches them into the linked site when linking would not change (else links the
/// site again: <see cref="PatchedSite"/>), and re-renders only the page groups the edit affects
/// (<see cref="ChangeImpact"/>), in steps: the edited documents' own groups first (the page being edited is up to date
/// after it), then the groups that show them, then the site pages, search index and site-wide files
/// (<see cref="ContinueRebuild"/>). A build with errors publishes
/// nothing: the last good site stays, and the errors are reported. Not thread-safe: one rebuild at a time.
/// </summary>
public sealed class SiteSession(IThemeSource themes, Content.BaseUrl? baseUrl = null, HistoryLog? history = null, DateOnly? today = null)
{
    private readonly ParseCache _cache = new();
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<PageGroup, IReadOnlyList<string>> _groupFiles = [];
    private readonly Dictionary<PageGroup, IReadOnlyList<string>> _groupSitemap = [];
    private readonly List<string> _siteFiles = [];

    // The state the published files were built from: an edit is measured against it.
    private IReadOnlyList<SourceFile> _builtFiles = [];
    private ThemeFiles? _builtTheme;
    private IReadOnlyList<Diagnostic> _builtDiagnostics = [];
    private SiteRenderer? _renderer;
    private bool _sitePagesPending;
    private IReadOnlyList<PageGroup> _pendingGroups = [];

    /// <summary>The published site: the files of the last good build, by output path.</summary>
    public IReadOnlyDictionary<string, OutputFile> Files => _files;

    /// <summary>Whether there is a good build to serve.</summary>
    public bool HasSite => _renderer is not null;

    /// <summary>Whether the last rebuild still has steps to run (<see cref="ContinueRebuild"/>).</summary>
    public bool HasPendingWork => _pendingGroups.Count > 0 || (_sitePagesPending && _renderer is not null);

    /// <summary>
    /// Brings the site up to date with <paramref name="sources"/>. The first call (and a change to site.yml or the theme)
    /// renders everything. Later calls render, as the first step, only the page groups of the edited documents themselves
    /// (the page being edited is up to date when this returns), and leave the groups that show them, then the site pages,
    /// to <see cref="ContinueRebuild"/>.
    /// </summary>
    public RebuildReport Rebuild(ContentSources sources)
    {
        var watch = Stopwatch.StartNew();
        var clock = new StageClock();
        var changed = ChangedPaths(sources);
        var patched = _renderer is null ? null : PatchedSite.TryValidate(_renderer.Site, _builtDiagnostics, sources, changed, themes, clock, today);
        var validated = patched ?? SitePipeline.Validate(sources, themes, clock, _cache, today);
        if (validated.HasErrors || validated.Theme is null)
            return new RebuildReport(changed, [], 0, [], [], watch.Elapsed, Sorted(validated.Diagnostics), false) { Timings = clock.Timings };

        var site = validated.Site;
        var diagnostics = new DiagnosticList();
        diagnostics.AddRange(validated.Diagnostics);
        // The theme's templates are parsed again only when a theme file changed (or moved: messages name its path).
        var sameTheme = SameTheme(_builtTheme, validated.Theme);
        var renderer = clock.Time("templates", () => SiteRenderer.Create(site, validated.Theme, baseUrl ?? site.Config.BaseUrl, SiteHistoryOf(site), diagnostics,
            parsed: sameTheme ? _renderer?.Templates : null));
        if (renderer is null)
            return new RebuildReport(changed, [], 0, [], [], watch.Elapsed, diagnostics.Sorted(), false) { Timings = clock.Timings };

        var impact = _renderer is null || !sameTheme ? null : ChangeImpact.Groups(_renderer.Site, site, changed);
        var full = impact is null;
        // The site pages show every document, so they are rebuilt on every edit, as the last step.
        var all = (full ? PagePlanner.Groups(site).AsEnumerable() : impact!.Concat(_pendingGroups))
            .Where(g => g.Kind != PageGroupKind.Site).Distinct().OrderBy(g => g.Kind).ThenBy(g => g.Slug, StringComparer.Ordinal).ToList();
        var own = full ? all : ChangeImpact.OwnGroups(changed).Where(all.Contains).ToList();
        _pendingGroups = all.Except(own).ToList();

        _renderer = renderer;
        _builtTheme = validated.Theme;
        _builtDiagnostics = validated.Diagnostics;
        _builtFiles = sources.Files;
        if (full || changed.Count > 0) _sitePagesPending = true;
        if (full) ForgetGroupsNotIn(all);
        var step = clock.Time("pages", () => RenderGroups(own));
        diagnostics.AddRange(step.Diagnostics);
        var report = step with { ChangedContent = changed, Elapsed = watch.Elapsed, Diagnostics = diagnostics.Sorted(), Full = full, Timings = clock.Timings, Patched = patched is not null };
        if (!full || report.HasErrors) return report;

        var sitePages = CompleteSitePages();
        return report with
        {
            PagesRendered = report.PagesRendered + sitePages.PagesRendered,
            ChangedFiles = [.. report.ChangedFiles, .. sitePages.ChangedFiles],
            RemovedFiles = [.. report.RemovedFiles, .. sitePages.RemovedFiles],
            Diagnostics = Sorted([.. report.Diagnostics, .. sitePages.Diagnostics]),
            Elapsed = watch.Elapsed,
        };
    }

    /// <summary>
    /// The next step of the last rebuild: first the groups that show the edited documents, then the site pages, search
    /// index and site-wide files. Null when the rebuild is complete.
    /// </summary>
    /// <param name="interrupted">Asked between the parts of the site step: true stops it for a newer edit (see <see cref="CompleteSitePages"/>).</param>
    public RebuildReport? ContinueRebuild(Func<bool>? interrupted = null)
    {
        if (_pendingGroups.Count > 0)
        {
            var watch = Stopwatch.StartNew();
            var groups = _pendingGroups;
            _pendingGroups = [];
            return RenderGroups(groups) with { Elapsed = watch.Elapsed };
        }

        return HasPendingWork ? CompleteSitePages(interrupted) : null;
    }

    /// <summary>Runs every remaining step of the last rebuild.</summary>
    public IReadOnlyList<RebuildReport> CompleteRebuild()
    {
        var reports = new List<RebuildReport>();
        while (ContinueRebuild() is { } step) reports.Add(step);
        return reports;
    }

    private RebuildReport RenderGroups(IReadOnlyList<PageGroup> groups)
    {
        var renderer = _renderer!;
        var rendered = groups.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(renderer.Render).ToList();
        var diagnostics = new DiagnosticList();
        foreach (var group in rendered) diagnostics.AddRange(group.Diagnostics);
        if (diagnostics.HasErrors) return new RebuildReport([], groups, 0, [], [], TimeSpan.Zero, diagnostics.Sorted(), false);

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

        var (written, removed) = Publish(updates, removals);
        return new RebuildReport([], groups, pages, written, removed, TimeSpan.Zero, diagnostics.Sorted(), false);
    }

    /// <summary>After a full rebuild: drops the files of documents that are gone.</summary>
    private void ForgetGroupsNotIn(IReadOnlyList<PageGroup> groups)
    {
        var removals = new List<string>();
        foreach (var gone in _groupFiles.Keys.Except(groups).Where(g => g.Kind != PageGroupKind.Site).ToList())
        {
            removals.AddRange(_groupFiles[gone]);
            _groupFiles.Remove(gone);
            _groupSitemap.Remove(gone);
        }

        Publish([], removals);
    }

    /// <summary>
    /// The last step of a rebuild: the site pages (indexes, search, career map, comparisons of any two), the search index
    /// and the site-wide files, which show every document. Does nothing when they are up to date. Between its parts it
    /// asks <paramref name="interrupted"/>: when a newer edit waits, it stops, publishes nothing, and stays pending, so the
    /// next edit's page is rebuilt without waiting for a second or more of site-wide work that the edit makes stale anyway.
    /// </summary>
    private RebuildReport CompleteSitePages(Func<bool>? interrupted = null)
    {
        interrupted ??= static () => false;
        var watch = Stopwatch.StartNew();
        var clock = new StageClock();
        if (!_sitePagesPending || _renderer is null) return new RebuildReport([], [], 0, [], [], TimeSpan.Zero, [], false);
        var diagnostics = new DiagnosticList();
        // Page by page, in parallel: the career map alone would otherwise keep one core busy while the others wait.
        var renderer = _renderer;
        // A group not rendered because a newer edit came is null: the step then stops below.
        var parts = clock.Time("site pages", () => PagePlanner.SitePageGroups.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(group => interrupted() ? null : renderer.Render(group)).ToList());
        if (parts.Contains(null)) return Interrupted(watch, clock);
        var sitePages = new RenderedGroup(PageGroup.Site, [.. parts.SelectMany(p => p!.Files)], [.. parts.SelectMany(p => p!.SitemapPaths)],
            [.. parts.SelectMany(p => p!.Diagnostics)]);
        diagnostics.AddRange(sitePages.Diagnostics);
        if (diagnostics.HasErrors)
        {
            _sitePagesPending = false;
            return new RebuildReport([], [PageGroup.Site], 0, [], [], watch.Elapsed, diagnostics.Sorted(), false) { Timings = clock.Timings };
        }

        if (interrupted()) return Interrupted(watch, clock);
        var search = clock.Time("search index", () => renderer.SearchIndex().ToList());
        if (interrupted()) return Interrupted(watch, clock);
        _sitePagesPending = false;
        _groupSitemap[PageGroup.Site] = sitePages.SitemapPaths;
        var pagePaths = sitePages.Files.Select(f => f.Path).ToList();
        // Site pages come and go too: a short-link page lives while classes of several series share its slug.
        var gonePages = _groupFiles.TryGetValue(PageGroup.Site, out var oldPages) ? oldPages.Except(pagePaths, StringComparer.Ordinal).ToList() : [];
        _groupFiles[PageGroup.Site] = pagePaths;
        var extras = clock.Time("site files", () => renderer.Assets()
            .Concat(search)
            .Concat(renderer.SiteFiles(_groupSitemap.Values.SelectMany(p => p)))
            .ToList());
        var removals = _siteFiles.Except(extras.Select(f => f.Path), StringComparer.Ordinal).Concat(gonePages).ToList();
        _siteFiles.Clear();
        _siteFiles.AddRange(extras.Select(f => f.Path));
        var (written, removed) = Publish([.. sitePages.Files, .. extras], removals);
        return new RebuildReport([], [PageGroup.Site], sitePages.Files.Count, written, removed, watch.Elapsed, diagnostics.Sorted(), false) { Timings = clock.Timings };
    }

    /// <summary>The site step stopped for a newer edit: nothing published, still pending.</summary>
    private static RebuildReport Interrupted(Stopwatch watch, StageClock clock) =>
        new([], [PageGroup.Site], 0, [], [], watch.Elapsed, [], false) { Timings = clock.Timings, Interrupted = true };

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
        // Usually the same paths as the last good build, in the same order, and the same text objects for every file the
        // edit did not touch: one pass side by side. Otherwise (files added or removed) by path.
        var files = sources.Files;
        var changed = new List<string>();
        if (files.Count == _builtFiles.Count)
        {
            for (var i = 0; i < files.Count; i++)
            {
                if (!string.Equals(files[i].RelativePath, _builtFiles[i].RelativePath, StringComparison.Ordinal))
                    return ChangedPathsByPath(files);
                if (!string.Equals(files[i].Text, _builtFiles[i].Text, StringComparison.Ordinal)) changed.Add(files[i].RelativePath);
            }

            return changed;
        }

        return ChangedPathsByPath(files);
    }

    private List<string> ChangedPathsByPath(IReadOnlyList<SourceFile> files)
    {
        var built = _builtFiles.ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal);
        var changed = files
            .Where(f => !built.TryGetValue(f.RelativePath, out var text) || !string.Equals(text, f.Text, StringComparison.Ordinal))
            .Select(f => f.RelativePath).ToList();
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        changed.AddRange(built.Keys.Where(p => !present.Contains(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private SiteHistory SiteHistoryOf(SiteModel site) =>
        history is { Available: true } ? SpecHistory.Build(history, site) : SiteHistory.None;

    // The same files at the same places with the same bytes: pages and template messages would be the same.
    private static bool SameTheme(ThemeFiles? a, ThemeFiles b) =>
        a is not null
        && a.All.Select(f => (f.RelativePath, f.DisplayPath)).SequenceEqual(b.All.Select(f => (f.RelativePath, f.DisplayPath)))
        && a.All.Zip(b.All).All(pair => pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes));

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = new DiagnosticList();
        list.AddRange(diagnostics);
        return list.Sorted();
    }
}
