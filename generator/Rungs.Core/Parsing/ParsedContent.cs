using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>Everything the parse stage produced: typed specs in path order, and the problems found.</summary>
public sealed record ParsedContent(
    SiteConfig? Site,
    IReadOnlyList<SeriesSpec> Series,
    IReadOnlyList<ClassSpec> Classes,
    IReadOnlyList<Competency> Competencies,
    IReadOnlyList<Ksa> Ksas,
    IReadOnlyList<JobModel> JobModels,
    IReadOnlyList<Diagnostic> Diagnostics);
