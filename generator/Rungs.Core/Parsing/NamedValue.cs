using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>One entry of a mapping in front matter or site.yml: its name, and its value as text or as nested fields.</summary>
/// <param name="Text">The value when it is a single value; null otherwise.</param>
/// <param name="Fields">The value when it is a mapping; null otherwise.</param>
public sealed record NamedValue(string Name, SourcePosition NameAt, string? Text, SourcePosition ValueAt, FrontMatterFields? Fields);
