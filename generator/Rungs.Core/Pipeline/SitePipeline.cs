using Rungs.Diagnostics;
using Rungs.History;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Linting;
using Rungs.Output;
using Rungs.Parsing;
using Rungs.Rendering;

namespace Rungs.Pipeline;

/// <summary>A site that parsed and linked, with its theme: ready to render (both null when there were errors).</summary>
public sealed record ValidatedSite(IReadOnlyList<Diagnostic> Diagnostics, SiteModel Site, ThemeFiles? Theme)
{
    public bool HasErrors => Theme is null || Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The build as a short ordered list of named stages: parse → link/validate → history → render. Reading (before: content,
/// themes, git history) and writing (the output sink) are the I/O edges, kept outside so the pipeline itself is pure and testable in memory.
/// </summary>
public static class SitePipeline
{
    /// <summary>Builds the site in memory: <see cref="BuildResult.Files"/> holds every file (none when the build failed).</summary>
    /// <param name="baseUrl">Overrides `base_url` from site.yml when given.</param>
    /// <param name="history">
    /// The content's git history, read at the edge (<see cref="ReadHistory"/>); none by default, so the site shows no
    /// revision history. Turned into what pages show in the "history" stage, after linking.
    /// </param>
    /// <param name="stageStarting">Told each stage's name as it starts (from the calling thread), for a progress display.</param>
    /// <param name="today">The build's date (the command line's clock or `--today`), which the date lint compares with; none runs no lints.</param>
    public static BuildResult Run(ContentSources sources, IThemeSource themes, Content.BaseUrl? baseUrl = null, HistoryLog? history = null,
        Action<string>? stageStarting = null, DateOnly? today = null)
    {
        var output = new MemoryOutput();
        var result = RunInto(output, sources, themes, baseUrl, history, stageStarting, today);
        return result.HasErrors ? result : result with { Files = output.Files };
    }

    /// <summary>
    /// Builds the site into <paramref name="output"/>, file by file as pages are rendered. Nothing is written unless the
    /// content is valid; an error found while rendering (a template) leaves the output incomplete, so write to a staging place.
    /// </summary>
    public static BuildResult RunInto(IOutputSink output, ContentSources sources, IThemeSource themes, Content.BaseUrl? baseUrl = null,
        HistoryLog? history = null, Action<string>? stageStarting = null, DateOnly? today = null) =>
        RunInto(output, _ => sources, themes, baseUrl, history, stageStarting, contentLetGo: false, today);

    /// <summary>
    /// Builds the site into <paramref name="output"/>, reading the content as its first stage ("read inputs"): the texts
    /// are then held only while they are parsed, not while pages render (~80 MB of text at 10,000 classes).
    /// </summary>
    public static BuildResult RunInto(IOutputSink output, Func<ContentSources> readContent, IThemeSource themes, Content.BaseUrl? baseUrl = null,
        HistoryLog? history = null, Action<string>? stageStarting = null, DateOnly? today = null) =>
        RunInto(output, clock => clock.Time("read inputs", readContent), themes, baseUrl, history, stageStarting, contentLetGo: true, today);

    /// <param name="readContent">Gives the content, timing the read as a stage when the pipeline does the reading.</param>
    /// <param name="contentLetGo">Whether the content's texts are unreachable once validated (the pipeline read them itself).</param>
    private static BuildResult RunInto(IOutputSink output, Func<StageClock, ContentSources> readContent, IThemeSource themes,
        Content.BaseUrl? baseUrl, HistoryLog? history, Action<string>? stageStarting, bool contentLetGo, DateOnly? today)
    {
        var clock = new StageClock(stageStarting);
        var validated = Validate(readContent, themes, clock, today: today);
        if (validated.HasErrors || validated.Theme is null)
            return new BuildResult(Sorted(validated.Diagnostics), [], validated.Site, clock.Timings);

        var site = validated.Site;
        if (contentLetGo) clock.Time("collect garbage", CollectGarbage);
        var siteHistory = history is { Available: true } ? clock.Time("history", () => SpecHistory.Build(history, site)) : SiteHistory.None;
        var rendered = RenderStage.Run(site, validated.Theme, baseUrl ?? site.Config.BaseUrl, output, clock, siteHistory);
        return new BuildResult(Sorted([.. validated.Diagnostics, .. rendered]), [], site, clock.Timings);
    }

    /// <summary>
    /// Collects garbage where much of it has just been let go, since a build's peak memory is set by what the collector
    /// has not yet looked at: after validating, the content's file texts (at 10,000 classes about 80 MB, promoted to the
    /// oldest generation while parsing ran), compacted.
    /// </summary>
    /// <remarks>Measured (docs/performance.md): about 170 ms and 60 MB at 10,000 classes. Only when the pipeline read the
    /// content itself (`rungs build`): a caller holding the texts would gain little. The dev server renders from its own
    /// session and never comes here. A second collection after the pages, before the site files, lowered the peak until
    /// those files were made alongside the pages; since then it only cost time (docs/performance.md).</remarks>
    private static void CollectGarbage() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>The stages before rendering: parse, link, lint, find the theme.</summary>
    /// <param name="cache">Parsed files kept from an earlier run (the dev server's), so unchanged files are not parsed again.</param>
    /// <param name="today">The build's date, which the date lint compares with; none runs no lints.</param>
    public static ValidatedSite Validate(ContentSources sources, IThemeSource themes, StageClock? clock = null, ParseCache? cache = null, DateOnly? today = null) =>
        Validate(_ => sources, themes, clock ?? new StageClock(), cache, today);

    // Reads the content here, in a frame that ends before rendering starts, so nothing above it keeps the texts alive.
    private static ValidatedSite Validate(Func<StageClock, ContentSources> readContent, IThemeSource themes, StageClock clock,
        ParseCache? cache = null, DateOnly? today = null)
    {
        var sources = readContent(clock);
        var diagnostics = new DiagnosticList();
        var parsed = clock.Time("parse", () => ParseStage.Run(sources, cache));
        diagnostics.AddRange(parsed.Diagnostics);

        // The lints that read only the files need nothing linking makes: they run while it does, on the core it leaves idle.
        // Not after a parse error, when no lint runs (the dev server revalidates a broken file at every save).
        var fileLints = today is not null && !parsed.Diagnostics.Any(d => d.Severity == Severity.Error)
            ? LintStage.StartFileLints((parsed.Site ?? Content.SiteConfig.Missing).Lint, sources)
            : null;
        var linked = clock.Time("link", () => LinkStage.Run(parsed));
        diagnostics.AddRange(linked.Diagnostics);

        ThemeFiles? theme = null;
        if (parsed.Site is { } config)
        {
            if (!Content.SiteConfig.IsValidThemeName(config.Theme))
                diagnostics.Error(DiagnosticCodes.SiteConfig, config.ThemePosition, $"`theme` must be a theme's name, not \"{config.Theme}\"",
                    "write the name of a folder under themes/ beside the content folder (lowercase letters, digits and hyphens), "
                    + "e.g. `theme: corporate`, or remove `theme:` to use the default theme");
            else if ((theme = themes.Load(config.Theme)) is not null)
                diagnostics.AddRange(theme.Problems);
            else
                diagnostics.Error(DiagnosticCodes.SiteConfig, config.ThemePosition,
                    $"the theme `{config.Theme}` does not exist", "create themes/" + config.Theme + "/ beside the content folder, or remove `theme:` to use the default theme");
        }

        // Lints judge a site that reads as meant (beside errors their findings would be noise), and run when the caller
        // gives the build's date: the command line always does; a library build without one is a function of its files alone.
        if (today is { } date && !diagnostics.HasErrors) diagnostics.AddRange(clock.Time("lint", () => LintStage.Run(linked.Site, sources, date, started: fileLints)));

        return new ValidatedSite(diagnostics.Items, linked.Site, theme);
    }

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = new DiagnosticList();
        list.AddRange(diagnostics);
        return list.Sorted();
    }
}
