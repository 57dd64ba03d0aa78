using Rungs.Diagnostics;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Pipeline;

/// <summary>The outcome of a build: every diagnostic (sorted), the files to write (none when it failed), and stage timings.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    SiteModel? Site,
    IReadOnlyList<StageTiming> Timings)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
