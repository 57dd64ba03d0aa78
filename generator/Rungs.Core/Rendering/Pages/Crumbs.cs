using Rungs.Content;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>Breadcrumb trails: Home, then the sections a page sits in, then the page itself (unlinked).</summary>
public static class Crumbs
{
    public static IReadOnlyList<LinkView> To(string title, params LinkView[] parents) =>
        [new LinkView("Home", SiteUrls.Home), .. parents, new LinkView(title, "")];

    public static readonly LinkView Series = new("Series", SiteUrls.SeriesIndex);
    public static readonly LinkView Classes = new("All classes", SiteUrls.ClassIndex);
    public static readonly LinkView Competencies = new("Competencies", SiteUrls.CompetencyIndex);
    public static readonly LinkView Ksas = new("KSAs", SiteUrls.KsaIndex);
    public static readonly LinkView JobModels = new("Job models", SiteUrls.JobModelIndex);
}
