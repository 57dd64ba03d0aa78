using Rungs.Content;
using Rungs.Ladders;
using Rungs.Linking;

namespace Rungs.Search;

/// <summary>Gathers every class, competency, KSA and job model of a site as search documents, in site order.</summary>
public static class SearchDocuments
{
    public const int ExcerptLength = 300;

    /// <summary>The status an abolished class's search document has: it ranks below the classes in force.</summary>
    public static readonly string Abolished = SpecStatus.Abolished.Label()!;

    public static IReadOnlyList<SearchDocument> Of(SiteModel site)
    {
        var classes = site.Classes.ToList();
        var documents = new SearchDocument[classes.Count + site.Competencies.Count + site.Ksas.Count + site.JobModels.Count];
        // Classes are nearly all of a large site and independent of each other; each lands at its own index, so order holds.
        Parallel.For(0, classes.Count, i => documents[i] = Class(site, classes[i]));
        var next = classes.Count;
        foreach (var c in site.Competencies) documents[next++] = Competency(c);
        foreach (var k in site.Ksas) documents[next++] = Ksa(k);
        foreach (var j in site.JobModels) documents[next++] = JobModel(site, j);
        return documents;
    }

    private static SearchDocument Class(SiteModel site, ClassSpec c)
    {
        var ladder = site.LadderOf(c);
        var series = ladder.Spec;
        // In a series with tracks, a result names its track with its level (and the track's name finds it).
        var level = (c.LevelLabel ?? $"Level {c.Level}") + (ladder.HasTracks && ladder.TrackOf(c) is { } track ? $" · {track}" : "");
        var flsa = FactFormat.Flsa(c.Flsa);

        var names = new List<string>(3 + c.Aliases.Count);
        foreach (var name in (ReadOnlySpan<string?>)[c.Code, c.Title, c.HrisTitle])
            if (name is not null) names.Add(name);
        names.AddRange(c.Aliases);
        var organisation = site.HasSeveralOrganisations ? site.OrganisationOf(c) : null;
        var pay = site.PayOf(c);
        return new SearchDocument(SearchType.Class, c.Title, SiteUrls.Class(c), series.Title, level, c.Grade, c.Code, flsa,
            Excerpt(SectionSummary.Summary(c.Body) ?? FirstText(c.Body)), ClassFields(site, c, series.Title, level, flsa, organisation), names)
        {
            HrisTitle = c.HrisTitle,
            Organisation = organisation,
            Pay = pay is null ? null : PayFormat.Range(pay.Scale, pay.Grade),
            PayBand = pay is null ? null : PayBand.Of(pay.Scale, pay.Grade),
            Status = ladder.StatusOf(c).Label(),
            CompareName = site.ClassNames.IsShared(c.Slug) ? site.ClassNames.FileName(c) : null,
        };
    }

    private static IEnumerable<(SearchField, FieldText)> ClassFields(SiteModel site, ClassSpec c, string series, string level, string? flsa, string? organisation)
    {
        yield return (SearchField.Code, c.Code);
        yield return (SearchField.Title, c.Title);
        yield return (SearchField.Name, c.HrisTitle);
        foreach (var a in c.Aliases) yield return (SearchField.Name, a);
        foreach (var p in c.ExamplePositions) yield return (SearchField.Positions, p);
        yield return (SearchField.Series, series);
        foreach (var k in site.KsasOf(c)) yield return (SearchField.Linked, k.Title);
        foreach (var k in site.CompetenciesOf(c)) yield return (SearchField.Linked, k.Title);
        yield return (SearchField.Facts, Facts(c.Grade, flsa, level, c.SupervisionReceived, c.SupervisionExercised, c.DecisionAuthority,
            c.BudgetResponsibility, c.Licensure, c.OtherPreferences, c.Probation, c.LastAction));
        foreach (var section in c.Body.Sections) yield return (SearchField.Body, FieldText.Of(section.CompactText));
        if (organisation is not null) yield return (SearchField.Series, organisation);
        // Declared fields with `search: true`: a code counts as a code (typed to find the class), the rest as facts.
        foreach (var field in site.FieldsOf(c))
            if (field.Declaration.Search)
                yield return (field.Declaration.Type == FieldType.Code ? SearchField.Code : SearchField.Facts, field.Text);
    }

    /// <summary>The facts that are set, joined by spaces: one text, so the facts field costs one entry, not eleven.</summary>
    private static string Facts(params ReadOnlySpan<string?> values)
    {
        var text = new System.Text.StringBuilder();
        var first = true;
        foreach (var value in values)
        {
            if (value is null) continue;
            if (!first) text.Append(' ');
            text.Append(value);
            first = false;
        }

        return text.ToString();
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
                .. j.ExamplePositions.Select(p => (SearchField.Positions, (FieldText)p)),
                .. j.Competencies.Where(r => site.CompetencyBySlug.ContainsKey(r.Slug)).Select(r => (SearchField.Linked, (FieldText)site.CompetencyBySlug[r.Slug].Title)),
                (SearchField.Body, j.Summary),
                .. Body(j.Body),
            ],
            [j.Title]);

    private static IEnumerable<(SearchField, FieldText)> Body(SpecBody body) => body.Sections.Select(s => (SearchField.Body, FieldText.Of(s.CompactText)));

    private static string? FirstText(SpecBody body) => body.Sections.FirstOrDefault()?.Text;

    /// <summary>The start of a text, cut at a word boundary with an ellipsis, on one line.</summary>
    public static string Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        // The text's words joined by single spaces, but only as far as the excerpt can reach: summaries can be long.
        Span<char> line = stackalloc char[ExcerptLength + 1];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\n' or '\t')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                if (length == line.Length) break;
                line[length++] = ' ';
                pendingSpace = false;
            }

            if (length == line.Length) break;
            line[length++] = c;
        }

        if (length <= ExcerptLength) return line[..length].ToString();
        var cut = line[..ExcerptLength].LastIndexOf(' ');
        // "Series.…" reads badly: drop the punctuation the cut leaves behind before the ellipsis.
        return line[..(cut > ExcerptLength / 2 ? cut : ExcerptLength - 1)].TrimEnd(".,;:").ToString() + "…";
    }
}
