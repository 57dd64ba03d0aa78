using Rungs.Diagnostics;

namespace Rungs.Linking;

/// <summary>The linked site (whatever parsed, linked as far as it goes) and the problems found while linking.</summary>
public sealed record LinkResult(SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics);
