using Rungs.History;
using Rungs.Linking;
using Rungs.Rendering.Pages;

namespace Rungs.Rendering;

/// <summary>Lists every page of the site, in a fixed order, with its model.</summary>
public static class PagePlanner
{
    /// <param name="history">The site's history from git; without it pages show no revision history.</param>
    public static IReadOnlyList<PagePlan> Plan(SiteModel site, SiteHistory? history = null)
    {
        history ??= SiteHistory.None;
        var pages = new List<PagePlan>
        {
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
        };
        foreach (var ladder in site.Series)
        {
            pages.Add(SeriesPage.Plan(site, ladder));
            // Each step is compared once and shown twice: on the lower class's page and on the step's own page.
            var steps = ladder.Levels.ToDictionary(c => c.Slug, c => LevelStepPage.NextStep(site, c), StringComparer.Ordinal);
            pages.Add(SeriesComparePage.Plan(site, ladder));
            pages.AddRange(LevelStepPage.Plan(site, ladder, steps));
            pages.AddRange(ladder.Levels.Select(c => ClassPage.Plan(site, c, steps[c.Slug], history)));
        }

        pages.AddRange(site.Competencies.Select(c => LibraryPages.Competency(site, c)));
        pages.AddRange(site.Ksas.Select(k => LibraryPages.Ksa(site, k)));
        pages.AddRange(site.JobModels.Select(j => LibraryPages.JobModel(site, j)));
        return pages;
    }
}
