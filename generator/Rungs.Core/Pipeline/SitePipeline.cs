using Rungs.Diagnostics;
using Rungs.History;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Parsing;
using Rungs.Rendering;

namespace Rungs.Pipeline;

/// <summary>
/// The build as a short ordered list of named stages: parse → link/validate → history → render. Reading (before: content,
/// themes, git history) and writing (after) are the I/O edges, kept outside so the pipeline itself is pure and testable in memory.
/// </summary>
public static class SitePipeline
{
    /// <param name="baseUrl">Overrides `base_url` from site.yml when given.</param>
    /// <param name="history">
    /// The content's git history, read at the edge (<see cref="ReadHistory"/>); none by default, so the site shows no
    /// revision history. Turned into what pages show in the "history" stage, after linking.
    /// </param>
    /// <param name="stageStarting">Told each stage's name as it starts (from the calling thread), for a progress display.</param>
    public static BuildResult Run(ContentSources sources, IThemeSource themes, string? baseUrl = null, HistoryLog? history = null,
        Action<string>? stageStarting = null)
    {
        var diagnostics = new DiagnosticList();
        var clock = new StageClock(stageStarting);

        var parsed = clock.Time("parse", () => ParseStage.Run(sources));
        diagnostics.AddRange(parsed.Diagnostics);

        var linked = clock.Time("link", () => LinkStage.Run(parsed));
        diagnostics.AddRange(linked.Diagnostics);

        ThemeFiles? theme = null;
        if (parsed.Site is { } config)
        {
            theme = themes.Load(config.Theme);
            if (theme is null)
                diagnostics.Error(DiagnosticCodes.SiteConfig, config.ThemePosition,
                    $"the theme `{config.Theme}` does not exist", "create themes/" + config.Theme + "/ beside the content folder, or remove `theme:` to use the default theme");
        }

        if (diagnostics.HasErrors || theme is null)
            return new BuildResult(diagnostics.Sorted(), [], linked.Site, clock.Timings);

        var site = linked.Site;
        var siteHistory = history is { Available: true } ? clock.Time("history", () => SpecHistory.Build(history, site)) : SiteHistory.None;
        var rendered = RenderStage.Run(site, theme, baseUrl ?? site.Config.BaseUrl, clock, siteHistory);
        diagnostics.AddRange(rendered.Diagnostics);
        return new BuildResult(diagnostics.Sorted(), diagnostics.HasErrors ? [] : rendered.Files, linked.Site, clock.Timings);
    }
}
