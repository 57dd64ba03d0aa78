using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>What one source file parsed into: its spec (null when it could not be read) and the problems found in it.</summary>
public sealed record ParsedFile(object? Item, IReadOnlyList<Diagnostic> Diagnostics);
