using Rungs.Content;
using Rungs.Ladders;
using Rungs.Linking;
using Rungs.Rendering;

namespace Rungs.Search;

/// <summary>Gathers every class, competency, KSA and job model of a site as search documents, in site order.</summary>
public static class SearchDocuments
{
    public const int ExcerptLength = 300;

    public static IReadOnlyList<SearchDocument> Of(SiteModel site) =>
        site.Classes.AsParallel().AsOrdered().Select(c => Class(site, c)).ToList()
            .Concat(site.Competencies.Select(Competency))
            .Concat(site.Ksas.Select(Ksa))
            .Concat(site.JobModels.Select(j => JobModel(site, j)))
            .ToList();

    private static SearchDocument Class(SiteModel site, ClassSpec c)
    {
        var series = site.LadderOf(c).Spec;
        var level = c.LevelLabel ?? $"Level {c.Level}";
        return new SearchDocument(SearchType.Class, c.Title, SiteUrls.Class(c), series.Title, level, c.Grade, c.Code, FactFormat.Flsa(c.Flsa),
            Excerpt(SectionSummary.Summary(c.Body) ?? FirstText(c.Body)),
            [
                (SearchField.Code, c.Code),
                (SearchField.Title, c.Title),
                (SearchField.Name, c.HrisTitle),
                .. c.Aliases.Select(a => (SearchField.Name, (string?)a)),
                .. c.ExamplePositions.Select(p => (SearchField.Positions, (string?)p)),
                (SearchField.Series, series.Title),
                .. site.KsasOf(c).Select(k => (SearchField.Linked, (string?)k.Title)),
                .. site.CompetenciesOf(c).Select(k => (SearchField.Linked, (string?)k.Title)),
                (SearchField.Facts, string.Join(" ", new[]
                {
                    c.Grade, FactFormat.Flsa(c.Flsa), level, c.SupervisionReceived, c.SupervisionExercised, c.DecisionAuthority,
                    c.BudgetResponsibility, c.Licensure, c.OtherPreferences, c.Probation, c.LastAction,
                }.Where(v => v is not null))),
                .. Body(c.Body),
            ],
            new[] { c.Code, c.Title, c.HrisTitle }.Concat(c.Aliases).OfType<string>().ToList());
    }

    private static SearchDocument Competency(Competency c) =>
        new(SearchType.Competency, c.Title, SiteUrls.Competency(c.Slug), null, null, null, null, null,
            Excerpt(c.Summary ?? FirstText(c.Body)),
            [(SearchField.Title, c.Title), (SearchField.Linked, c.Group), (SearchField.Body, c.Summary), .. Body(c.Body)],
            [c.Title]);

    private static SearchDocument Ksa(Ksa k) =>
        new(SearchType.Ksa, k.Title, SiteUrls.Ksa(k.Slug), null, null, null, null, null,
            Excerpt(k.Summary ?? FirstText(k.Body)),
            [(SearchField.Title, k.Title), (SearchField.Linked, k.Kind), (SearchField.Body, k.Summary), .. Body(k.Body)],
            [k.Title]);

    private static SearchDocument JobModel(SiteModel site, JobModel j) =>
        new(SearchType.JobModel, j.Title, SiteUrls.JobModel(j.Slug), null, null, null, null, null,
            Excerpt(j.Summary ?? FirstText(j.Body)),
            [
                (SearchField.Title, j.Title),
                .. j.ExamplePositions.Select(p => (SearchField.Positions, (string?)p)),
                .. j.Competencies.Where(r => site.CompetencyBySlug.ContainsKey(r.Slug)).Select(r => (SearchField.Linked, (string?)site.CompetencyBySlug[r.Slug].Title)),
                (SearchField.Body, j.Summary),
                .. Body(j.Body),
            ],
            [j.Title]);

    private static IEnumerable<(SearchField, string?)> Body(SpecBody body) => body.Sections.Select(s => (SearchField.Body, (string?)s.Text));

    private static string? FirstText(SpecBody body) => body.Sections.FirstOrDefault()?.Text;

    /// <summary>The start of a text, cut at a word boundary with an ellipsis, on one line.</summary>
    public static string Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var line = string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= ExcerptLength) return line;
        var cut = line.LastIndexOf(' ', ExcerptLength - 1);
        // "Series.…" reads badly: drop the punctuation the cut leaves behind before the ellipsis.
        return line[..(cut > ExcerptLength / 2 ? cut : ExcerptLength - 1)].TrimEnd('.', ',', ';', ':') + "…";
    }
}
