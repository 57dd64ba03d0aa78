namespace Rungs.Rendering;

/// <summary>What owns a group of pages: the whole site (indexes, search, maps) or one document and the pages made from it.</summary>
public enum PageGroupKind
{
    Site,
    /// <summary>A series: its page, its comparison and level-step pages, and every class page of the series.</summary>
    Series,
    Competency,
    Ksa,
    JobModel,
}

/// <summary>
/// A set of pages planned and rendered together. The dev server rebuilds whole groups: an edit to a class
/// rebuilds its series' group (the ladder, comparisons and neighbours all show it), not the site.
/// </summary>
public sealed record PageGroup(PageGroupKind Kind, string Slug)
{
    public static readonly PageGroup Site = new(PageGroupKind.Site, "");

    public static PageGroup Series(string slug) => new(PageGroupKind.Series, slug);
    public static PageGroup Competency(string slug) => new(PageGroupKind.Competency, slug);
    public static PageGroup Ksa(string slug) => new(PageGroupKind.Ksa, slug);
    public static PageGroup JobModel(string slug) => new(PageGroupKind.JobModel, slug);

    public override string ToString() => Kind == PageGroupKind.Site ? "site pages" : $"{Kind.ToString().ToLowerInvariant()} {Slug}";
}
