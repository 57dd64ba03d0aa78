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
/// <remarks>
/// The site group with a slug is one of its pages (<see cref="SitePage"/>): the full build renders each on its own, so the
/// heavy ones (the career map, the all-classes table) run beside the series instead of one after another on one thread.
/// The dev server keeps rebuilding the site pages as one group.
/// </remarks>
public sealed record PageGroup(PageGroupKind Kind, string Slug)
{
    public static readonly PageGroup Site = new(PageGroupKind.Site, "");

    /// <summary>One of the site pages, by its name in <see cref="PagePlanner.SitePageGroups"/>.</summary>
    public static PageGroup SitePage(string name) => new(PageGroupKind.Site, name);

    public static PageGroup Series(string slug) => new(PageGroupKind.Series, slug);
    public static PageGroup Competency(string slug) => new(PageGroupKind.Competency, slug);
    public static PageGroup Ksa(string slug) => new(PageGroupKind.Ksa, slug);
    public static PageGroup JobModel(string slug) => new(PageGroupKind.JobModel, slug);

    public override string ToString() => Kind != PageGroupKind.Site ? $"{Kind.ToString().ToLowerInvariant()} {Slug}"
        : Slug.Length == 0 ? "site pages" : $"site page {Slug}";
}
