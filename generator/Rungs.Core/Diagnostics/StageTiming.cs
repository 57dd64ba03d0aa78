namespace Rungs.Diagnostics;

/// <summary>How long one named stage took, and how many bytes the process allocated meanwhile (when measured).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long? Allocated = null);
