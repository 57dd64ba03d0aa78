using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of a competency, KSA or job-model page, with back-links to everything that uses it.</summary>
public sealed record LibraryPage(
    LibraryItem Item,
    IReadOnlyList<string> ExamplePositions,
    string IntroHtml,
    IReadOnlyList<SpecSection> Sections,
    IReadOnlyList<LibraryItem> Competencies,
    IReadOnlyList<ClassCard> Classes,
    IReadOnlyList<LinkView> Series,
    IReadOnlyList<LinkView> JobModels);

/// <summary>Plans the competency, KSA and job-model pages.</summary>
public static class LibraryPages
{
    public static PagePlan Competency(SiteModel site, Competency c) =>
        new(SiteUrls.Competency(c.Slug), "layouts/competency.html", "competency", c.Title, c.Summary,
            Crumbs.To(c.Title, Crumbs.Competencies),
            new LibraryPage(LibraryItem.Of(c), [], c.Body.IntroHtml, c.Body.Sections, [],
                Cards(site, site.BackLinks.ClassesUsingCompetency(c.Slug)),
                SeriesLinks(site.BackLinks.SeriesUsingCompetency(c.Slug)),
                site.BackLinks.JobModelsUsingCompetency(c.Slug).Select(j => new LinkView(j.Title, SiteUrls.JobModel(j.Slug), j.Summary)).ToList()));

    public static PagePlan Ksa(SiteModel site, Ksa k) =>
        new(SiteUrls.Ksa(k.Slug), "layouts/ksa.html", "ksa", k.Title, k.Summary,
            Crumbs.To(k.Title, Crumbs.Ksas),
            new LibraryPage(LibraryItem.Of(k), [], k.Body.IntroHtml, k.Body.Sections, [],
                Cards(site, site.BackLinks.ClassesUsingKsa(k.Slug)),
                SeriesLinks(site.BackLinks.SeriesUsingKsa(k.Slug)),
                []));

    public static PagePlan JobModel(SiteModel site, JobModel j) =>
        new(SiteUrls.JobModel(j.Slug), "layouts/job-model.html", "job-model", j.Title, j.Summary,
            Crumbs.To(j.Title, Crumbs.JobModels),
            new LibraryPage(LibraryItem.Of(j), j.ExamplePositions, j.Body.IntroHtml, j.Body.Sections,
                j.Competencies.Where(r => site.CompetencyBySlug.ContainsKey(r.Slug)).Select(r => LibraryItem.Of(site.CompetencyBySlug[r.Slug])).ToList(),
                Cards(site, j.Classes.Where(r => site.ClassBySlug.ContainsKey(r.Slug)).Select(r => site.ClassBySlug[r.Slug])),
                [], []));

    private static IReadOnlyList<ClassCard> Cards(SiteModel site, IEnumerable<ClassSpec> classes) =>
        classes.Select(c => ClassCard.Of(c, site.LadderOf(c).Spec)).ToList();

    private static IReadOnlyList<LinkView> SeriesLinks(IEnumerable<SeriesLadder> series) =>
        series.Select(s => new LinkView(s.Spec.Title, SiteUrls.Series(s.Slug), s.Spec.Summary)).ToList();
}
