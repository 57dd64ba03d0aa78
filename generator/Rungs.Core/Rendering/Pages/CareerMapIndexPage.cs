using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Pages;

/// <summary>One map in the overview of a large site's career maps: its title and link, its size, lines and first series.</summary>
/// <param name="Lines">The promotional lines it brackets.</param>
/// <param name="FirstSeries">The titles of its first few series; <paramref name="MoreSeries"/> says how many more it has.</param>
public sealed record CareerMapIndexEntry(string Title, string Url, int SeriesCount, int ClassCount, IReadOnlyList<string> Lines, IReadOnlyList<string> FirstSeries, int MoreSeries);

/// <summary>The model of a large site's career map overview (`career-map/`): every map, by occupational area.</summary>
public sealed record CareerMapIndexPage(int SeriesCount, int ClassCount, IReadOnlyList<CareerMapIndexEntry> Maps)
{
    /// <summary>How many series titles each entry names, so that the overview stays small however many series a map has.</summary>
    public const int NamedSeries = 4;

    public static PagePlan Plan(SiteModel site, IReadOnlyList<CareerMapPart> parts) =>
        new(SiteUrls.CareerMap, "layouts/career-map-index.html", "career-map-index", "Career map",
            "Every occupational area's career map: series as ladders of levels, with the promotions between them.",
            Crumbs.To("Career map"),
            new CareerMapIndexPage(site.Series.Count, site.Classes.Count(), parts.Select(p => new CareerMapIndexEntry(
                p.Title, p.Url, p.Series.Count, p.ClassCount,
                p.Series.Select(s => s.Spec.PromotionalLine).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                p.Series.Take(NamedSeries).Select(s => s.Spec.Title).ToList(),
                Math.Max(0, p.Series.Count - NamedSeries))).ToList()));
}
