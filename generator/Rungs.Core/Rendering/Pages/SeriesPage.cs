using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of a series page: narrative, facts, the ladder of levels, and series-wide KSAs.</summary>
public sealed record SeriesPage(
    SeriesCard Card,
    IReadOnlyList<FactView> Facts,
    string IntroHtml,
    IReadOnlyList<SpecSection> Sections,
    IReadOnlyList<ClassCard> Levels,
    IReadOnlyList<LibraryItem> Ksas,
    IReadOnlyList<LibraryItem> Competencies,
    string CompareUrl)
{
    /// <summary>The summary shown under the title, unless the series' first section begins with it (<see cref="LeadLine"/>).</summary>
    public string? Lead => LeadLine.Unrepeated(Card.Summary, Sections);

    /// <summary>True when the series' own text has a KSA section: it lists the KSAs, so the library's list of them is not repeated below it.</summary>
    public bool ListsOwnKsas => Sections.Any(s => s.Kind == SectionKind.Ksas);

    /// <summary>The banner of a series not in force (abolished, or a draft), or null.</summary>
    public StatusBanner? Banner { get; init; }

    /// <summary>The series' abolished classes ("Former classes"), in ladder order; none for most series.</summary>
    public IReadOnlyList<FormerClass> Former { get; init; } = [];
    /// <summary>Where the series' file is edited (site.yml `edit_url`), or null.</summary>
    public string? EditUrl { get; init; }

    /// <summary>The page's sections in the order the page shows them, for its "On this page" list.</summary>
    public IReadOnlyList<ContentsEntry> Contents => field ??= [.. ContentsOf()];

    private IEnumerable<ContentsEntry> ContentsOf()
    {
        yield return new("levels", "Levels of work");
        if (Former.Count > 0) yield return new("former-classes", "Former classes");
        foreach (var s in Sections) yield return new(s.Id, s.Heading);
        if (Ksas.Count > 0 && !ListsOwnKsas) yield return new("series-ksas", "KSAs of every class in the series");
        if (Competencies.Count > 0) yield return new("series-competencies", "Competencies of every class in the series");
    }

    public static PagePlan Plan(SiteModel site, SeriesLadder ladder, ClassCards cards)
    {
        var spec = ladder.Spec;
        var facts = new List<FactView>();
        void Add(string id, string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) facts.Add(new FactView(id, label, value));
        }

        Add("code", "Series code", spec.Code);
        Add("organisation", "Organisation", spec.Organisation);
        Add("occupational-area", "Occupational area", spec.OccupationalArea);
        Add("work-area", "Work area", spec.WorkArea);
        Add("promotional-line", "Promotional line", spec.PromotionalLine);
        facts.Add(new FactView("levels", "Levels", FactFormat.Count(ladder.LevelCount, "level", "levels")));
        if (ladder.HasTracks) Add("tracks", "Tracks", string.Join(", ", ladder.Tracks.Select(t => t ?? "(unnamed)")));

        var model = new SeriesPage(
            SeriesCard.Of(ladder),
            facts,
            spec.Body.IntroHtml,
            spec.Body.Sections,
            cards.Cards(ladder.Current),
            spec.Ksas.Where(r => site.KsaBySlug.ContainsKey(r.Slug)).Select(r => LibraryItem.Of(site.KsaBySlug[r.Slug])).ToList(),
            spec.Competencies.Where(r => site.CompetencyBySlug.ContainsKey(r.Slug)).Select(r => LibraryItem.Of(site.CompetencyBySlug[r.Slug])).ToList(),
            SiteUrls.SeriesCompare(spec.Slug))
        {
            Banner = StatusBanner.Of(spec),
            Former = ladder.Former.Select(c => FormerClass.Of(site, c)).ToList(),
            EditUrl = EditLinks.Of(site, Parsing.ContentKind.Series, spec.Slug),
        };
        return new PagePlan(SiteUrls.Series(spec.Slug), "layouts/series.html", "series", spec.Title,
            spec.Summary ?? $"The {spec.Title}: {FactFormat.Count(ladder.LevelCount, "level", "levels")}.",
            Crumbs.To(spec.Title, Crumbs.Series), model)
        {
            NoIndex = spec.Status == SpecStatus.Draft,
        };
    }
}
