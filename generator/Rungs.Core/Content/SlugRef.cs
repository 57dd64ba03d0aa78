using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>A reference to another item by slug, remembering where it was written.</summary>
public sealed record SlugRef(string Slug, SourcePosition Position);
