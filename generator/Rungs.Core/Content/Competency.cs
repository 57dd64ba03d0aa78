using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A competency: a behaviour-based capability with its performance descriptions.</summary>
public sealed record Competency(string Slug, SourcePosition Position, string Title, string? Summary, string? Group, int? Order, SpecBody Body);
