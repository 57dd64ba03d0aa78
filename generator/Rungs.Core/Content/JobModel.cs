using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A job model: competencies, representative behaviours and example positions for a family of jobs.</summary>
public sealed record JobModel(
    string Slug,
    SourcePosition Position,
    string Title,
    string? Summary,
    IReadOnlyList<string> ExamplePositions,
    IReadOnlyList<SlugRef> Competencies,
    IReadOnlyList<SlugRef> Classes,
    SpecBody Body);
