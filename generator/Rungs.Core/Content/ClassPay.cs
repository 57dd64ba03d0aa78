namespace Rungs.Content;

/// <summary>What a class pays: its grade's range in the scale that applies to it (its own, its series', or the site's).</summary>
public sealed record ClassPay(PayScale Scale, PayGrade Grade);
