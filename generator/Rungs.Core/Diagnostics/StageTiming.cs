namespace Rungs.Diagnostics;

/// <summary>How long one named stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
