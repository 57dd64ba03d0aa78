using Rungs.Content;

namespace Rungs.Rendering.Views;

/// <summary>The summary of a class that lists, ladders and tables show.</summary>
public sealed record ClassCard(
    string Slug,
    string Title,
    string Url,
    string? Code,
    int Level,
    string LevelName,
    string? Grade,
    string? Flsa,
    string? HrisTitle,
    string SeriesTitle,
    string SeriesUrl)
{
    /// <summary>The declared fields the site shows on ladders (`ladder: true`) that the class has, in declaration order.</summary>
    public IReadOnlyList<FactView> LadderFields { get; init; } = [];

    /// <summary>The class's organisation, set only on a site of several organisations (tables then show whose each class is).</summary>
    public string? Organisation { get; init; }

    /// <summary>The card of a class of <paramref name="site"/>.</summary>
    public static ClassCard Of(Linking.SiteModel site, ClassSpec spec) => Of(spec, site.LadderOf(spec).Spec) with
    {
        LadderFields = site.FieldsOf(spec).Where(f => f.Declaration.Ladder).Select(FactView.Of).ToList(),
        Organisation = site.HasSeveralOrganisations ? site.OrganisationOf(spec) : null,
    };

    public static ClassCard Of(ClassSpec spec, SeriesSpec series) => new(
        spec.Slug,
        spec.Title,
        SiteUrls.Class(spec),
        spec.Code,
        spec.Level,
        spec.LevelLabel ?? $"Level {spec.Level}",
        spec.Grade,
        FactFormat.Flsa(spec.Flsa),
        spec.HrisTitle,
        series.Title,
        SiteUrls.Series(series.Slug));
}
