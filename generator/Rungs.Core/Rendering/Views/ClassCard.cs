using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Views;

/// <summary>The summary of a class that lists, ladders and tables show.</summary>
/// <param name="Slug">The class's name in compare links and data files: its slug, or `series--slug` when another series has a class with the same slug (<see cref="ClassNames.FileName"/>).</param>
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
    /// <summary>The title with the class code ("Customer Service Assistant (4807)"), so that two sides of a comparison are never mistaken for each other.</summary>
    public string TitleAndCode => Code is null ? Title : $"{Title} ({Code})";

    /// <summary>The class's track, shown only when its series has more than one (null in a single-track series and for the unnamed track).</summary>
    public string? Track { get; init; }

    /// <summary>The declared fields the site shows on ladders (`ladder: true`) that the class has, in declaration order.</summary>
    public IReadOnlyList<FactView> LadderFields { get; init; } = [];

    /// <summary>The class's pay range ("$41,300 – $58,900 a year"), or null when it has no pay (see SiteModel.PayOf).</summary>
    public string? Pay { get; init; }

    /// <summary>The class's organisation, set only on a site of several organisations (tables then show whose each class is).</summary>
    public string? Organisation { get; init; }

    /// <summary>"Abolished" or "Draft" for a class not in force (lists and tables mark it); null for a class in force.</summary>
    public string? Status { get; init; }

    /// <summary>The card of a class of <paramref name="site"/>.</summary>
    public static ClassCard Of(Linking.SiteModel site, ClassSpec spec)
    {
        var ladder = site.LadderOf(spec);
        return Of(spec, ladder.Spec, site.ClassNames) with
        {
            Track = ladder.HasTracks ? ladder.TrackOf(spec) : null,
            LadderFields = site.FieldsOf(spec).Where(f => f.Declaration.Ladder).Select(FactView.Of).ToList(),
            Organisation = site.HasSeveralOrganisations ? site.OrganisationOf(spec) : null,
            Pay = site.PayOf(spec) is { } pay ? PayFormat.Range(pay.Scale, pay.Grade) : null,
            Status = ladder.StatusOf(spec).Label(),
        };
    }

    private static ClassCard Of(ClassSpec spec, SeriesSpec series, ClassNames names) => new(
        names.FileName(spec),
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
