using Rungs.Content;
using Rungs.Linking;
using Rungs.Parsing;
using Rungs.Rendering.Text;
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
    IReadOnlyList<LinkView> JobModels)
{
    /// <summary>The one-line definition shown under the title, unless the first section begins with it (<see cref="LeadLine"/>).</summary>
    public string? Lead => LeadLine.Unrepeated(Item.Summary, Sections);

    /// <summary>Where the document's file is edited (site.yml `edit_url`), or null.</summary>
    public string? EditUrl { get; init; }
    /// <summary>Above this many classes the page lists them compactly (title, code, series) instead of the full table, which at 30,000 classes made a KSA page 1.5 MB.</summary>
    public const int MaxClassRows = 300;

    /// <summary>Whether the classes are listed compactly (<see cref="MaxClassRows"/>).</summary>
    public bool CompactClasses => Classes.Count > MaxClassRows;
}

/// <summary>Plans the competency, KSA and job-model pages.</summary>
public static class LibraryPages
{
    public static PagePlan Competency(SiteModel site, Competency c, ClassCards classCards)
    {
        var path = SiteUrls.Competency(c.Slug);
        var cards = classCards.Cards(site.BackLinks.Referrers(SiteReferences.ClassCompetencies, c.Slug));
        return new(path, "layouts/competency.html", "competency", c.Title, c.Summary,
            Crumbs.To(c.Title, Crumbs.Competencies),
            new LibraryPage(LibraryItem.Of(c), [], c.Body.IntroHtml, c.Body.Sections, [],
                cards,
                SeriesLinks(site.BackLinks.Referrers(SiteReferences.SeriesCompetencies, c.Slug)),
                site.BackLinks.Referrers(SiteReferences.JobModelCompetencies, c.Slug).Select(j => new LinkView(j.Title, SiteUrls.JobModel(j.Slug), j.Summary)).ToList())
            { EditUrl = EditLinks.Of(site, ContentKind.Competency, c.Slug) });
    }

    public static PagePlan Ksa(SiteModel site, Ksa k, ClassCards classCards)
    {
        var path = SiteUrls.Ksa(k.Slug);
        var cards = classCards.Cards(site.BackLinks.Referrers(SiteReferences.ClassKsas, k.Slug));
        return new(path, "layouts/ksa.html", "ksa", k.Title, k.Summary,
            Crumbs.To(k.Title, Crumbs.Ksas),
            new LibraryPage(LibraryItem.Of(k), [], k.Body.IntroHtml, k.Body.Sections, [],
                cards,
                SeriesLinks(site.BackLinks.Referrers(SiteReferences.SeriesKsas, k.Slug)),
                [])
            { EditUrl = EditLinks.Of(site, ContentKind.Ksa, k.Slug) });
    }

    public static PagePlan JobModel(SiteModel site, JobModel j, ClassCards classCards)
    {
        var path = SiteUrls.JobModel(j.Slug);
        var cards = classCards.Cards(site.ClassesNamed(j.Classes, fromSeries: null));
        return new(path, "layouts/job-model.html", "job-model", j.Title, j.Summary,
            Crumbs.To(j.Title, Crumbs.JobModels),
            new LibraryPage(LibraryItem.Of(j), j.ExamplePositions, j.Body.IntroHtml, j.Body.Sections,
                j.Competencies.Where(r => site.CompetencyBySlug.ContainsKey(r.Slug)).Select(r => LibraryItem.Of(site.CompetencyBySlug[r.Slug])).ToList(),
                cards,
                [], [])
            { EditUrl = EditLinks.Of(site, ContentKind.JobModel, j.Slug) });
    }

    private static IReadOnlyList<LinkView> SeriesLinks(IEnumerable<SeriesSpec> series) =>
        series.Select(s => new LinkView(s.Title, SiteUrls.Series(s.Slug), s.Summary)).ToList();
}
