using Rungs.Diagnostics;

namespace Rungs.Linking;

/// <summary>The linked site (null when content is too broken to link) and the problems found while linking.</summary>
public sealed record LinkResult(SiteModel? Site, IReadOnlyList<Diagnostic> Diagnostics);
