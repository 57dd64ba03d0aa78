namespace Rungs.Content;

/// <summary>A heading a site maps to a known section kind in site.yml's `sections:`.</summary>
public sealed record SectionHeading(string Heading, SectionKind Kind);
