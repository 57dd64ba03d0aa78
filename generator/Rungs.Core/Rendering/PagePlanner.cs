using Rungs.History;
using Rungs.Linking;
using Rungs.Rendering.Pages;

namespace Rungs.Rendering;

/// <summary>Lists every page of the site, in a fixed order, with its model: group by group (see <see cref="PageGroup"/>).</summary>
public static class PagePlanner
{
    /// <summary>Every page of the site.</summary>
    /// <param name="history">The site's history from git; without it pages show no revision history.</param>
    public static IReadOnlyList<PagePlan> Plan(SiteModel site, SiteHistory? history = null) =>
        Groups(site).SelectMany(g => Plan(site, g, history)).ToList();

    /// <summary>The site's page groups, in a fixed order: site pages, series, competencies, KSAs, job models.</summary>
    public static IReadOnlyList<PageGroup> Groups(SiteModel site) =>
    [
        PageGroup.Site,
        .. site.Series.Select(s => PageGroup.Series(s.Slug)),
        .. site.Competencies.Select(c => PageGroup.Competency(c.Slug)),
        .. site.Ksas.Select(k => PageGroup.Ksa(k.Slug)),
        .. site.JobModels.Select(j => PageGroup.JobModel(j.Slug)),
    ];

    /// <summary>The pages of one group; none when its document is not in the site (it was deleted).</summary>
    public static IReadOnlyList<PagePlan> Plan(SiteModel site, PageGroup group, SiteHistory? history = null)
    {
        history ??= SiteHistory.None;
        return group.Kind switch
        {
            PageGroupKind.Site => SitePages(site, history),
            PageGroupKind.Series => site.SeriesBySlug.TryGetValue(group.Slug, out var ladder) ? SeriesPages(site, ladder, history) : [],
            PageGroupKind.Competency => site.CompetencyBySlug.TryGetValue(group.Slug, out var c) ? [LibraryPages.Competency(site, c) with { Source = c.Position.Path }] : [],
            PageGroupKind.Ksa => site.KsaBySlug.TryGetValue(group.Slug, out var k) ? [LibraryPages.Ksa(site, k) with { Source = k.Position.Path }] : [],
            PageGroupKind.JobModel => site.JobModelBySlug.TryGetValue(group.Slug, out var j) ? [LibraryPages.JobModel(site, j) with { Source = j.Position.Path }] : [],
            _ => throw new ArgumentOutOfRangeException(nameof(group)),
        };
    }

    private static IReadOnlyList<PagePlan> SitePages(SiteModel site, SiteHistory history) =>
    [
        IndexPages.Home(site),
        IndexPages.Series(site),
        IndexPages.Classes(site),
        IndexPages.Competencies(site),
        IndexPages.Ksas(site),
        IndexPages.JobModels(site),
        IndexPages.NotFound(site),
        AnyTwoComparePage.Plan(site),
        CareerMapPage.Plan(site),
        SearchPage.Plan(site),
        RecentChangesPage.Plan(site, history),
    ];

    private static IReadOnlyList<PagePlan> SeriesPages(SiteModel site, SeriesLadder ladder, SiteHistory history)
    {
        // A broken link on a class page is reported in the class's file; on the series' other pages, in the series' file.
        var seriesFile = ladder.Spec.Position.Path;
        var pages = new List<PagePlan> { SeriesPage.Plan(site, ladder) with { Source = seriesFile } };
        // Each step is compared once and shown twice: on the lower class's page and on the step's own page.
        var steps = ladder.Levels.ToDictionary(c => c.Slug, c => LevelStepPage.NextStep(site, c), StringComparer.Ordinal);
        pages.Add(SeriesComparePage.Plan(site, ladder) with { Source = seriesFile });
        pages.AddRange(LevelStepPage.Plan(site, ladder, steps).Select(p => p with { Source = seriesFile }));
        pages.AddRange(ladder.Levels.Select(c => ClassPage.Plan(site, c, steps[c.Slug], history) with { Source = c.Position.Path }));
        return pages;
    }
}
