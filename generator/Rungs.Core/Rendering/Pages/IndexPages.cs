using System.Globalization;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Text;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of the home page: counts, series cards and the ways into the libraries.</summary>
/// <remarks><c>Series</c> is empty on a site with more than <see cref="IndexPages.MaxSeriesCards"/> series: the page links to the series index.</remarks>
public sealed record HomePage(int SeriesCount, int ClassCount, int CompetencyCount, int KsaCount, int JobModelCount, IReadOnlyList<SeriesCard> Series,
    Markup? CareerMapSvg, string CareerMapUrl, string SeriesIndexUrl);

/// <summary>The model of a page that lists series: as cards, or when there are many as compact tables A–Z (<see cref="SeriesIndexPages"/>).</summary>
public sealed record SeriesIndexPage(IReadOnlyList<SeriesCard> Series, bool Compact, string SeriesIndexUrl)
{
    /// <summary>How many series the site has (the page may list some of them).</summary>
    public int SeriesCount { get; init; } = Series.Count;

    /// <summary>The compact index's letter groups on this page.</summary>
    public IReadOnlyList<SeriesLetterGroup> Letters { get; init; } = [];

    /// <summary>Every letter of the compact index, each a link to where its series start.</summary>
    public IReadOnlyList<SeriesIndexLink> LetterLinks { get; init; } = [];

    /// <summary>The compact index's pages, each named by its first and last series (none when it has one page).</summary>
    public IReadOnlyList<SeriesIndexLink> Pages { get; init; } = [];
}

/// <summary>The model of the all-classes table: the classes' cards (one page's, when <see cref="Paging"/> is set).</summary>
public sealed record ClassIndexPage(IReadOnlyList<ClassCard> Classes)
{
    /// <summary>Where this page sits among the table's pages; null on a site whose classes fit one page.</summary>
    public ListPaging? Paging { get; init; }

    /// <summary>With <see cref="Paging"/>: the script of every class's row, which lets the filter search every page's classes.</summary>
    public string? RowsScript { get; init; }

    /// <summary>The table's caption: which classes of how many it lists, when it is one page of several.</summary>
    public string Caption => Paging is { } p ? string.Create(CultureInfo.InvariantCulture, $"All classes, {p.First:N0}–{p.Last:N0} of {p.Total:N0}") : "All classes"; // 1,001, as the templates write counts
}

/// <summary>A named group of library items (a competency model, or all KSAs).</summary>
public sealed record LibraryGroup(string? Title, IReadOnlyList<LibraryItem> Items);

/// <summary>The model of a library index (competencies, KSAs or job models).</summary>
public sealed record LibraryIndexPage(string Intro, IReadOnlyList<LibraryGroup> Groups);

/// <summary>Plans the site's index pages.</summary>
public static class IndexPages
{
    /// <summary>Up to this many series are shown as cards; beyond, pages link to a compact index (2,518 cards weigh 2.7 MB).</summary>
    public const int MaxSeriesCards = 50;

    private static IReadOnlyList<SeriesCard> Cards(SiteModel site) =>
        site.Series.Count <= MaxSeriesCards ? site.Series.Select(SeriesCard.Of).ToList() : [];

    public static PagePlan Home(SiteModel site)
    {
        var classCount = site.Classes.Count();
        var model = new HomePage(site.Series.Count, classCount, site.Competencies.Count, site.Ksas.Count, site.JobModels.Count,
            Cards(site),
            site.Series.Count <= CareerMapPage.MaxSeriesOnHome ? CareerMapPage.SvgFor(site, SiteUrls.Home) : null,
            SiteUrls.CareerMap,
            SiteUrls.SeriesIndex);
        return new PagePlan(SiteUrls.Home, "layouts/home.html", "home", site.Config.Title,
            site.Config.Description ?? $"{FactFormat.Count(classCount, "job class", "job classes")} in {FactFormat.Count(site.Series.Count, "series", "series")}.",
            [], model);
    }

    /// <summary>The series index: one page of cards, or on a large site its A–Z pages (<see cref="SeriesIndexPages"/>).</summary>
    public static IReadOnlyList<PagePlan> Series(SiteModel site) =>
        site.Series.Count > MaxSeriesCards
            ? SeriesIndexPages.Plans(site)
            : [SeriesIndex(new SeriesIndexPage(site.Series.Select(SeriesCard.Of).ToList(), false, SiteUrls.SeriesIndex))];

    /// <summary>The first page of the series index, `series/index.html`, with its model.</summary>
    internal static PagePlan SeriesIndex(SeriesIndexPage model) =>
        new(SiteUrls.SeriesIndex, "layouts/series-index.html", "series-index", "Series",
            "Every class series and its levels.", Crumbs.To("Series"), model);

    public static PagePlan Competencies(SiteModel site) =>
        new(SiteUrls.CompetencyIndex, "layouts/library-index.html", "competencies", "Competencies",
            "Competency models and the behaviours they describe.", Crumbs.To("Competencies"),
            new LibraryIndexPage("Competencies describe how people in a job are expected to behave, and what exemplary and below-target performance look like.",
                site.Competencies.GroupBy(c => c.Group).Select(g => new LibraryGroup(g.Key, g.Select(c => LibraryItem.Of(c)).ToList())).ToList()));

    public static PagePlan Ksas(SiteModel site) =>
        new(SiteUrls.KsaIndex, "layouts/library-index.html", "ksas", "Knowledge, skills and abilities",
            "The knowledge, skills and abilities (KSAs) that classes ask for, with their definitions.", Crumbs.To("KSAs"),
            new LibraryIndexPage("The knowledge, skills and abilities (KSAs) that classes ask for. Each links to the classes that require it.",
                [new LibraryGroup(null, site.Ksas.Select(k => LibraryItem.Of(k)).ToList())]));

    public static PagePlan JobModels(SiteModel site) =>
        new(SiteUrls.JobModelIndex, "layouts/library-index.html", "job-models", "Job models",
            "Job models: competencies, representative behaviours and example positions.", Crumbs.To("Job models"),
            new LibraryIndexPage("A job model describes a family of jobs: the competencies it calls for, representative behaviours, and example positions.",
                [new LibraryGroup(null, site.JobModels.Select(LibraryItem.Of).ToList())]));

    public static PagePlan NotFound(SiteModel site) =>
        new(SiteUrls.NotFound, "layouts/404.html", "not-found", "Page not found",
            "The page you asked for does not exist.", [], new SeriesIndexPage(Cards(site), site.Series.Count > MaxSeriesCards, SiteUrls.SeriesIndex), InSitemap: false);
}
