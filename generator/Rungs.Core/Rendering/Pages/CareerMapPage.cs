using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.CareerMap;
using Rungs.Rendering.Text;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The model of a career map page: the map drawn at build time as inline SVG, and as lists for phones.</summary>
/// <remarks>On a large site each of <see cref="CareerMapParts"/> has a page: it names its part and links the moves that leave or enter it.</remarks>
public sealed record CareerMapPage(Markup Svg, int SeriesCount, int ClassCount, IReadOnlyList<CareerMapListLadder> Ladders)
{
    /// <summary>Above this many series the home page links to the map instead of showing it.</summary>
    public const int MaxSeriesOnHome = 50;

    /// <summary>The part's title (e.g. "Occupational area 02"), or null on a site's single map.</summary>
    public string? Title { get; init; }

    /// <summary>The overview of every map, on a part's page.</summary>
    public string? OverviewUrl { get; init; }

    /// <summary>Moves from a class on this map to a class on another.</summary>
    public IReadOnlyList<CareerMapCrossing> Leaving { get; init; } = [];

    /// <summary>Moves from a class on another map to a class on this one.</summary>
    public IReadOnlyList<CareerMapCrossing> Arriving { get; init; } = [];

    /// <summary>The map's data: ladders in site order (a series with tracks as one lane per track), promotions up each track, and moves classes declare.</summary>
    public static CareerMapInput InputOf(SiteModel site) => InputOf(site, site.Series);

    /// <summary>The map of some of the site's series: only the arrows between their classes in force.</summary>
    public static CareerMapInput InputOf(SiteModel site, IReadOnlyList<SeriesLadder> series)
    {
        var shown = series.Count == site.Series.Count ? null : series.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        return new(
            series.SelectMany(Lanes).ToList(),
            series.SelectMany(l => l.Steps.Select(p => new MapEdge(p.From.Key, p.To.Key, MapEdgeKind.Promotion)))
                .Concat(DeclaredMoves(site, series)
                    .Where(m => shown is null || shown.Contains(m.To.SeriesSlug))
                    .Select(m => new MapEdge(m.From.Key, m.To.Key, MapEdgeKind.DeclaredMove)))
                .ToList());
    }

    // The moves classes in force declare (`promotes_to`) to classes in force, as the map draws them: an abolished class is off the map.
    private static IEnumerable<(ClassSpec From, ClassSpec To)> DeclaredMoves(SiteModel site, IEnumerable<SeriesLadder> series) =>
        series.SelectMany(l => l.Current).SelectMany(c => site.ClassesNamed(c.PromotesTo, c.SeriesSlug).Where(site.IsCurrent).Select(to => (c, to)));

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
    public static Markup SvgFor(SiteModel site, string pagePath) => SvgFor(InputOf(site), pagePath);

    private static Markup SvgFor(CareerMapInput input, string pagePath) =>
        new StringBuilderMarkup(CareerMapSvg.Draw(input, SiteUrls.RootFrom(pagePath)));

    /// <summary>
    /// The career map: the one map, or on a large site the overview of its maps (<see cref="CareerMapParts"/>) and a page
    /// per map, the parts worked out once.
    /// </summary>
    public static IReadOnlyList<PagePlan> Plans(SiteModel site)
    {
        var parts = CareerMapParts.Of(site);
        return parts.Count == 0 ? [Plan(site)] : [CareerMapIndexPage.Plan(site, parts), .. PartPlans(site, parts)];
    }

    // The one map of a site small enough for one.
    private static PagePlan Plan(SiteModel site)
    {
        // One input for both the drawing and the lists, as each part's page has.
        var input = InputOf(site);
        return new(SiteUrls.CareerMap, "layouts/career-map.html", "career-map", "Career map",
            "Every series as a ladder of levels, with the promotions between them.",
            Crumbs.To("Career map"),
            new CareerMapPage(SvgFor(input, SiteUrls.CareerMap), site.Series.Count, site.Classes.Count(), CareerMapListLadder.Of(input)));
    }

    // On a large site, a page per map, each with the moves that cross to other maps as links.
    private static IReadOnlyList<PagePlan> PartPlans(SiteModel site, IReadOnlyList<CareerMapPart> parts)
    {
        var partOf = parts.SelectMany(p => p.Series.Select(s => (s.Slug, Part: p))).ToDictionary(x => x.Slug, x => x.Part, StringComparer.Ordinal);
        var crossings = DeclaredMoves(site, site.Series)
            .Where(m => partOf[m.From.SeriesSlug] != partOf[m.To.SeriesSlug])
            .ToList();
        var leaving = crossings.ToLookup(m => partOf[m.From.SeriesSlug]);
        var arriving = crossings.ToLookup(m => partOf[m.To.SeriesSlug]);
        CareerMapCrossing Crossing(ClassSpec from, ClassSpec to, CareerMapPart map) =>
            new(ClassLink(site, from), ClassLink(site, to), new LinkView(map.Title, map.Url));

        return parts.Select(part =>
        {
            var input = InputOf(site, part.Series);
            return new PagePlan(part.Url, "layouts/career-map.html", "career-map", $"Career map: {part.Title}",
                $"{FactFormat.Count(part.Series.Count, "series", "series")} as ladders of levels, with the promotions between them.",
                Crumbs.To(part.Title, new LinkView("Career map", SiteUrls.CareerMap)),
                new CareerMapPage(SvgFor(input, part.Url), part.Series.Count, part.ClassCount, CareerMapListLadder.Of(input))
                {
                    Title = part.Title,
                    OverviewUrl = SiteUrls.CareerMap,
                    Leaving = leaving[part].Select(m => Crossing(m.From, m.To, partOf[m.To.SeriesSlug])).ToList(),
                    Arriving = arriving[part].Select(m => Crossing(m.From, m.To, partOf[m.From.SeriesSlug])).ToList(),
                });
        }).ToList();
    }

    private static LinkView ClassLink(SiteModel site, ClassSpec c) => new(c.Title, SiteUrls.Class(c), site.LadderOf(c).Spec.Title);
}

/// <summary>A move between classes on two maps of a large site: from a class, to a class, and the other map.</summary>
public sealed record CareerMapCrossing(LinkView From, LinkView To, LinkView Map);
