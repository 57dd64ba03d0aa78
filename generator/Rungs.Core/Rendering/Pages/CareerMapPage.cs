using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.CareerMap;
using Rungs.Rendering.Text;

namespace Rungs.Rendering.Pages;

/// <summary>The model of the career map page: the map drawn at build time as inline SVG, and as lists for phones.</summary>
public sealed record CareerMapPage(Markup Svg, int SeriesCount, int ClassCount, IReadOnlyList<CareerMapListLadder> Ladders)
{
    /// <summary>Above this many series the home page links to the map instead of showing it.</summary>
    public const int MaxSeriesOnHome = 50;

    /// <summary>The map's data: ladders in site order (a series with tracks as one lane per track), promotions up each track, and moves classes declare.</summary>
    public static CareerMapInput InputOf(SiteModel site) => new(
        site.Series.SelectMany(Lanes).ToList(),
        site.Series.SelectMany(l => l.Steps.Select(p => new MapEdge(p.From.Key, p.To.Key, MapEdgeKind.Promotion)))
            .Concat(site.Series.SelectMany(l => l.Current).SelectMany(c => site.ClassesNamed(c.PromotesTo, c.SeriesSlug).Where(site.IsCurrent).Select(to => new MapEdge(c.Key, to.Key, MapEdgeKind.DeclaredMove))))
            .ToList());

    // A lane per track, side by side; a lane that starts above the entry level starts at its first class's height.
    private static IEnumerable<MapLadder> Lanes(SeriesLadder l)
    {
        if (!l.HasTracks) return [Lane(l.Slug, l.Spec.Title, l, l.Current)];
        var levels = l.Current.Select(c => c.Level).Distinct().ToList();
        return l.Tracks.Select((track, i) =>
        {
            var classes = l.Current.Where(c => l.TrackOf(c) == track).ToList();
            return Lane(i == 0 ? l.Slug : $"{l.Slug}/{track}", track is null ? l.Spec.Title : $"{l.Spec.Title}: {track}", l, classes) with
            {
                FirstRung = levels.Count(level => level < classes[0].Level),
            };
        });
    }

    private static MapLadder Lane(string id, string title, SeriesLadder l, IEnumerable<ClassSpec> classes) =>
        new(id, title, SiteUrls.Series(l.Slug), l.Spec.PromotionalLine,
            classes.Select(c => new MapNode(c.Key, c.Title, c.Code, c.Level, SiteUrls.Class(c), c.Grade)).ToList());

    /// <summary>The map drawn for a page at <paramref name="pagePath"/> (links are relative to it).</summary>
    /// <remarks>Markup, not a string: at 10,000 classes the map is 11 million characters, copied once, into the page.</remarks>
    public static Markup SvgFor(SiteModel site, string pagePath) =>
        new StringBuilderMarkup(CareerMapSvg.Draw(InputOf(site), SiteUrls.RootFrom(pagePath)));

    public static PagePlan Plan(SiteModel site) =>
        new(SiteUrls.CareerMap, "layouts/career-map.html", "career-map", "Career map",
            "Every series as a ladder of levels, with the promotions between them.",
            Crumbs.To("Career map"),
            new CareerMapPage(SvgFor(site, SiteUrls.CareerMap), site.Series.Count, site.Classes.Count(), CareerMapListLadder.Of(InputOf(site))));
}
