using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.CareerMap;
using Rungs.Rendering.Text;

namespace Rungs.Rendering.Pages;

/// <summary>The model of the career map page: the map drawn at build time as inline SVG.</summary>
public sealed record CareerMapPage(Markup Svg, int SeriesCount, int ClassCount)
{
    /// <summary>Above this many series the home page links to the map instead of showing it.</summary>
    public const int MaxSeriesOnHome = 50;

    /// <summary>The map's data: ladders in site order, promotions up each ladder, and moves classes declare.</summary>
    public static CareerMapInput InputOf(SiteModel site) => new(
        site.Series.Select(l => new MapLadder(l.Slug, l.Spec.Title, SiteUrls.Series(l.Slug), l.Spec.PromotionalLine,
            l.Levels.Select(c => new MapNode(c.Key, c.Title, c.Code, c.Level, SiteUrls.Class(c))).ToList())).ToList(),
        site.Series.SelectMany(l => l.Levels.Zip(l.Levels.Skip(1)).Select(p => new MapEdge(p.First.Key, p.Second.Key, MapEdgeKind.Promotion)))
            .Concat(site.Classes.SelectMany(c => site.ClassesNamed(c.PromotesTo, c.SeriesSlug).Select(to => new MapEdge(c.Key, to.Key, MapEdgeKind.DeclaredMove))))
            .ToList());

    /// <summary>The map drawn for a page at <paramref name="pagePath"/> (links are relative to it).</summary>
    /// <remarks>Markup, not a string: at 10,000 classes the map is 11 million characters, copied once, into the page.</remarks>
    public static Markup SvgFor(SiteModel site, string pagePath) =>
        new StringBuilderMarkup(CareerMapSvg.Draw(InputOf(site), SiteUrls.RootFrom(pagePath)));

    public static PagePlan Plan(SiteModel site) =>
        new(SiteUrls.CareerMap, "layouts/career-map.html", "career-map", "Career map",
            "Every series as a ladder of levels, with the promotions between them.",
            Crumbs.To("Career map"),
            new CareerMapPage(SvgFor(site, SiteUrls.CareerMap), site.Series.Count, site.Classes.Count()));
}
