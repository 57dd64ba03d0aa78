using Rungs.History;
using Rungs.Linking;
using Rungs.Rendering.Pages;
using Rungs.Rendering.Views;

namespace Rungs.Rendering;

/// <summary>Lists every page of the site, in a fixed order, with its model: group by group (see <see cref="PageGroup"/>).</summary>
public static class PagePlanner
{
    // The site pages, in order, by name: each is a group of its own in the full build.
    private static readonly (string Name, Func<SiteModel, ClassCards, SiteHistory, PagePlan> Plan)[] SitePlans =
    [
        ("home", (site, _, _) => IndexPages.Home(site)),
        ("classes", (site, cards, _) => ClassIndexPages.First(site, cards)),
        ("competencies", (site, _, _) => IndexPages.Competencies(site)),
        ("ksas", (site, _, _) => IndexPages.Ksas(site)),
        ("job-models", (site, _, _) => IndexPages.JobModels(site)),
        ("not-found", (site, _, _) => IndexPages.NotFound(site)),
        ("compare", (site, _, _) => AnyTwoComparePage.Plan(site)),
        ("search", (site, _, _) => SearchPage.Plan(site)),
        ("recent-changes", (site, _, history) => RecentChangesPage.Plan(site, history)),
    ];

    // Site pages a site has any number of, one group per name.
    private static readonly (string Name, Func<SiteModel, ClassCards, SiteHistory, IReadOnlyList<PagePlan>> Plans)[] SitePlanLists =
    [
        ("short-links", (site, cards, _) => ShortLinkPage.Plans(site, cards)),
        ("pay", (site, cards, _) => PayPages.Plans(site, cards)),
        ("releases", (site, _, history) => ReleasesPage.Plans(site, history.Releases)),
        ("class-pages", (site, cards, _) => ClassIndexPages.Later(site, cards)),
        // A large site's maps and series index have several pages each, from one partition of the site.
        ("career-map", (site, _, _) => CareerMapPage.Plans(site)),
        ("series-index", (site, _, _) => IndexPages.Series(site)),
    ];

    /// <summary>The site pages one group each (<see cref="PageGroup.SitePage"/>), in the order <see cref="PageGroup.Site"/> lists them.</summary>
    public static IReadOnlyList<PageGroup> SitePageGroups { get; } =
        SitePlans.Select(p => p.Name).Concat(SitePlanLists.Select(p => p.Name)).Select(PageGroup.SitePage).ToArray();

    /// <summary>The site's page groups, in a fixed order: site pages (one group each), series, competencies, KSAs, job models.</summary>
    public static IReadOnlyList<PageGroup> Groups(SiteModel site) =>
    [
        .. SitePageGroups,
        .. site.Series.Select(s => PageGroup.Series(s.Slug)),
        .. site.Competencies.Select(c => PageGroup.Competency(c.Slug)),
        .. site.Ksas.Select(k => PageGroup.Ksa(k.Slug)),
        .. site.JobModels.Select(j => PageGroup.JobModel(j.Slug)),
    ];

    /// <summary>
    /// The pages of one group, none when its document is not in the site (it was deleted); their class cards come from
    /// <paramref name="cards"/>, the renderer's, shared by every group.
    /// </summary>
    public static IReadOnlyList<PagePlan> Plan(SiteModel site, PageGroup group, ClassCards cards, SiteHistory? history = null)
    {
        history ??= SiteHistory.None;
        return group.Kind switch
        {
            PageGroupKind.Site => SitePages(site, cards, history, group.Slug),
            PageGroupKind.Series => site.SeriesBySlug.TryGetValue(group.Slug, out var ladder) ? SeriesPages(site, ladder, cards, history) : [],
            PageGroupKind.Competency => site.CompetencyBySlug.TryGetValue(group.Slug, out var c) ? LibraryPages.Competency(site, c, cards).Select(p => p with { Source = c.Position.Path }).ToList() : [],
            PageGroupKind.Ksa => site.KsaBySlug.TryGetValue(group.Slug, out var k) ? LibraryPages.Ksa(site, k, cards).Select(p => p with { Source = k.Position.Path }).ToList() : [],
            PageGroupKind.JobModel => site.JobModelBySlug.TryGetValue(group.Slug, out var j) ? [LibraryPages.JobModel(site, j, cards) with { Source = j.Position.Path }] : [],
            _ => throw new ArgumentOutOfRangeException(nameof(group)),
        };
    }

    /// <summary>The site pages of the name, or all of them for the empty name.</summary>
    private static IReadOnlyList<PagePlan> SitePages(SiteModel site, ClassCards cards, SiteHistory history, string name) =>
    [
        .. SitePlans.Where(p => name.Length == 0 || p.Name == name).Select(p => p.Plan(site, cards, history)),
        .. SitePlanLists.Where(p => name.Length == 0 || p.Name == name).SelectMany(p => p.Plans(site, cards, history)),
    ];

    private static IReadOnlyList<PagePlan> SeriesPages(SiteModel site, SeriesLadder ladder, ClassCards cards, SiteHistory history)
    {
        // A broken link on a class page is reported in the class's file; on the series' other pages, in the series' file.
        var seriesFile = ladder.Spec.Position.Path;
        var pages = new List<PagePlan> { SeriesPage.Plan(site, ladder, cards) with { Source = seriesFile } };
        // Each step is compared once and shown twice: on the lower class's page and on the step's own page.
        var texts = new Comparison.PreparedTexts();
        var steps = ladder.Steps.ToDictionary(s => s.To.Slug, s => LevelStepPage.Step(site, s.From, s.To, cards, texts), StringComparer.Ordinal);
        pages.Add(SeriesComparePage.Plan(site, ladder, cards) with { Source = seriesFile });
        pages.AddRange(LevelStepPage.Plan(site, ladder, steps).Select(p => p with { Source = seriesFile }));
        pages.AddRange(ladder.Levels.Select(c => ClassPage.Plan(site, c, cards, ladder.Above(c) is { } above ? steps[above.Slug] : null, history) with { Source = c.Position.Path }));
        return pages;
    }
}
