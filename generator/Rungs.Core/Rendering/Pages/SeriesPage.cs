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
    public static PagePlan Plan(SiteModel site, SeriesLadder ladder)
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
        facts.Add(new FactView("levels", "Levels", FactFormat.Count(ladder.Levels.Count, "level", "levels")));

        var model = new SeriesPage(
            SeriesCard.Of(ladder),
            facts,
            spec.Body.IntroHtml,
            spec.Body.Sections,
            ladder.Levels.Select(c => ClassCard.Of(site, c)).ToList(),
            spec.Ksas.Where(r => site.KsaBySlug.ContainsKey(r.Slug)).Select(r => LibraryItem.Of(site.KsaBySlug[r.Slug])).ToList(),
            spec.Competencies.Where(r => site.CompetencyBySlug.ContainsKey(r.Slug)).Select(r => LibraryItem.Of(site.CompetencyBySlug[r.Slug])).ToList(),
            SiteUrls.SeriesCompare(spec.Slug));
        return new PagePlan(SiteUrls.Series(spec.Slug), "layouts/series.html", "series", spec.Title,
            spec.Summary ?? $"The {spec.Title}: {FactFormat.Count(ladder.Levels.Count, "level", "levels")}.",
            Crumbs.To(spec.Title, Crumbs.Series), model);
    }
}
