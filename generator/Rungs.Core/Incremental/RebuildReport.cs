using Rungs.Diagnostics;
using Rungs.Rendering;

namespace Rungs.Incremental;

/// <summary>
/// What one rebuild of the dev server did: which content files changed, which page groups it rebuilt, which output files
/// changed (written, or removed), how long it took, and the problems found. On an error nothing was published.
/// </summary>
public sealed record RebuildReport(
    IReadOnlyList<string> ChangedContent,
    IReadOnlyList<PageGroup> Groups,
    int PagesRendered,
    IReadOnlyList<string> ChangedFiles,
    IReadOnlyList<string> RemovedFiles,
    TimeSpan Elapsed,
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Full)
{
    /// <summary>How long each stage of the step took (parse, link, templates, pages).</summary>
    public IReadOnlyList<Rungs.Diagnostics.StageTiming> Timings { get; init; } = [];

    /// <summary>Whether the edited documents were patched into the last good site rather than the site parsed and linked in full (<see cref="PatchedSite"/>).</summary>
    public bool Patched { get; init; }

    /// <summary>Whether the step stopped part way for a newer edit, publishing nothing; it runs again after that edit's own step.</summary>
    public bool Interrupted { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether any output file changed, so open pages may need a reload.</summary>
    public bool ChangedOutput => ChangedFiles.Count > 0 || RemovedFiles.Count > 0;
}
