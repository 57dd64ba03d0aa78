using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Pages;

/// <summary>One map of a large site's career map: series of one occupational area (or part of one), promotional lines kept whole.</summary>
public sealed record CareerMapPart(string Slug, string Title, IReadOnlyList<SeriesLadder> Series)
{
    /// <summary>The part's page, `career-map/&lt;slug&gt;/index.html`.</summary>
    public string Url => $"career-map/{Slug}/index.html";

    /// <summary>How many classes the map draws.</summary>
    public int ClassCount => Series.Sum(s => s.Current.Count);
}

/// <summary>
/// Splits a large site's career map into maps small enough to read and to download: by occupational area, then into
/// parts of at most <see cref="MaxSeries"/> series and <see cref="MaxClasses"/> classes, never splitting a promotional line
/// that fits in one part. A site of at most <see cref="MaxSeries"/> series keeps its one map.
/// </summary>
public static class CareerMapParts
{
    /// <summary>The most series one map shows (a site with no more has a single map, as the home page shows it).</summary>
    public const int MaxSeries = CareerMapPage.MaxSeriesOnHome;

    /// <summary>The most classes one map draws, unless a single series has more (about 1 KB of page per class).</summary>
    public const int MaxClasses = 250;

    /// <summary>The site's maps in overview order (areas by code, series without one last), or none when one map shows every series.</summary>
    public static IReadOnlyList<CareerMapPart> Of(SiteModel site, int maxSeries = MaxSeries, int maxClasses = MaxClasses)
    {
        if (site.Series.Count <= maxSeries) return [];
        // A promotional line is one unit, in the area of its first series; a series without a line is a unit of its own.
        var units = site.Series
            .GroupBy(s => s.Spec.PromotionalLine is { } line ? "line\0" + line : "series\0" + s.Slug, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        var areas = units.GroupBy(u => u[0].Spec.OccupationalArea, StringComparer.Ordinal)
            .OrderBy(a => a.Key is null).ThenBy(a => a.Key, StringComparer.Ordinal);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<CareerMapPart>();
        foreach (var area in areas)
        {
            var chunks = Pack(area.SelectMany(u => Split(u, maxSeries, maxClasses)), maxSeries, maxClasses);
            var (slug, title) = area.Key is { } code ? ("area-" + Slug.Suggest(code), $"Occupational area {code}") : ("other", "Series without an occupational area");
            for (var i = 0; i < chunks.Count; i++)
            {
                var partSlug = chunks.Count == 1 ? slug : $"{slug}-{i + 1}";
                while (!usedSlugs.Add(partSlug)) partSlug += "-x";
                parts.Add(new CareerMapPart(partSlug, chunks.Count == 1 ? title : $"{title}, part {i + 1} of {chunks.Count}", chunks[i]));
            }
        }

        return parts;
    }

    // A line too long for one map goes on as many as it needs, series by series.
    private static IEnumerable<List<SeriesLadder>> Split(List<SeriesLadder> unit, int maxSeries, int maxClasses) =>
        Fits(unit.Count, unit.Sum(s => s.Current.Count), maxSeries, maxClasses) ? [unit] : Pack(unit.Select(s => new List<SeriesLadder> { s }), maxSeries, maxClasses);

    // Units in order, a new map whenever the next would not fit; a unit that fits nowhere has a map of its own.
    private static List<List<SeriesLadder>> Pack(IEnumerable<List<SeriesLadder>> units, int maxSeries, int maxClasses)
    {
        var chunks = new List<List<SeriesLadder>>();
        var current = new List<SeriesLadder>();
        var classes = 0;
        foreach (var unit in units)
        {
            var unitClasses = unit.Sum(s => s.Current.Count);
            if (current.Count > 0 && !Fits(current.Count + unit.Count, classes + unitClasses, maxSeries, maxClasses))
            {
                chunks.Add(current);
                (current, classes) = ([], 0);
            }

            current.AddRange(unit);
            classes += unitClasses;
        }

        if (current.Count > 0) chunks.Add(current);
        return chunks;
    }

    private static bool Fits(int series, int classes, int maxSeries, int maxClasses) => series <= maxSeries && classes <= maxClasses;
}
