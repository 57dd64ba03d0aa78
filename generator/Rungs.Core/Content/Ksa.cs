using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A knowledge, skill or ability from the shared library, with its definition.</summary>
public sealed record Ksa(string Slug, SourcePosition Position, string Title, string? Kind, string? Summary, SpecBody Body)
{
    public static readonly IReadOnlyList<string> KindValues = ["knowledge", "skill", "ability"];
}
