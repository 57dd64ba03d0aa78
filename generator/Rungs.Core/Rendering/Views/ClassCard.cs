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
    /// <summary>The title with the class code ("Customer Service Assistant (4807)"), so that two sides of a comparison are never mistaken for each other.</summary>
    public string TitleAndCode => Code is null ? Title : $"{Title} ({Code})";

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
