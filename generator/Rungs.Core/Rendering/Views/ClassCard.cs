using Rungs.Content;
using Rungs.Linking;

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
    /// <summary>The class's track, shown only when its series has more than one (null in a single-track series and for the unnamed track).</summary>
    public string? Track { get; init; }

    public static ClassCard Of(ClassSpec spec, SeriesLadder ladder) => Of(spec, ladder.Spec) with { Track = ladder.HasTracks ? ladder.TrackOf(spec) : null };

    private static ClassCard Of(ClassSpec spec, SeriesSpec series) => new(
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
