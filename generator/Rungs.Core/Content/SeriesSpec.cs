using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A series: a family of classes at successive levels (`series/&lt;slug&gt;/_series.md`).</summary>
public sealed record SeriesSpec(
    string Slug,
    SourcePosition Position,
    string Title,
    string? Code,
    string? Organisation,
    string? OccupationalArea,
    string? WorkArea,
    string? PromotionalLine,
    string? Summary,
    int? Order,
    IReadOnlyList<SlugRef> Ksas,
    IReadOnlyList<SlugRef> Competencies,
    SpecBody Body);
