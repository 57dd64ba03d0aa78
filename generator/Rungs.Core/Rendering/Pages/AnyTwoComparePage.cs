using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>A class a reader can pick on the compare page.</summary>
/// <param name="Slug">The option's value in `?a=…&amp;b=…` and the name of the class's data file (<see cref="ClassNames.FileName"/>).</param>
public sealed record CompareOption(string Slug, string Title, string? Code, string LevelName);

/// <summary>The classes of one series, as an option group.</summary>
/// <param name="Slug">The series' slug: names the data bundle that holds its classes (<see cref="Export.SeriesDataBundle"/>).</param>
public sealed record CompareOptionGroup(string Series, IReadOnlyList<CompareOption> Options, string Slug);

/// <summary>
/// The model of the "compare any two classes" page. On a site of up to <see cref="CompareNames.MaxListed"/> classes the
/// page lists every class as an option; on a larger one each class is picked by typing (the search index finds it) and
/// the series of a class named in the address comes from <see cref="CompareNames"/>' directory. A script loads the two
/// picked classes' data (their series' bundles, `api/series/&lt;series&gt;.js`) and shows the same comparison as the
/// level-to-level pages.
/// </summary>
/// <param name="Groups">The options, by series; none when the classes are picked by typing.</param>
/// <param name="SeriesComparisons">Each series' levels side by side; none when the classes are picked by typing (the page then links the series index).</param>
/// <param name="NameShards">The number of files in the name directory (<see cref="CompareNames.ShardCount"/>); 0 when the page lists the classes.</param>
public sealed record AnyTwoComparePage(IReadOnlyList<CompareOptionGroup> Groups, IReadOnlyList<LinkView> SeriesComparisons, string DataFolder,
    int NameShards, string NamesFolder)
{
    public string SeriesIndex => SiteUrls.SeriesIndex;

    /// <summary>The page with two classes picked (`?a=…&amp;b=…`), each named as its pickers name it (<see cref="ClassNames.FileName"/>).</summary>
    public static string UrlOf(string a, string b) => $"{SiteUrls.AnyTwoCompare}?a={Uri.EscapeDataString(a)}&b={Uri.EscapeDataString(b)}";

    public static PagePlan Plan(SiteModel site) => Plan(site, CompareNames.Shards(site));

    private static PagePlan Plan(SiteModel site, int nameShards) =>
        new(SiteUrls.AnyTwoCompare, "layouts/compare.html", "compare", "Compare two classes",
            "Pick any two classes, in the same series or in different ones, and see what differs between them.",
            Crumbs.To("Compare two classes"),
            new AnyTwoComparePage(
                nameShards == 0 ? Options(site) : [],
                nameShards == 0 ? site.Series.Where(l => l.Current.Count > 1).Select(l => new LinkView(l.Spec.Title, SiteUrls.SeriesCompare(l.Slug))).ToList() : [],
                Export.SeriesDataBundle.Folder,
                nameShards,
                CompareNames.Folder));

    private static List<CompareOptionGroup> Options(SiteModel site) =>
        site.Series.Select(l => new CompareOptionGroup(l.Spec.Title,
            l.Levels.Select(c => new CompareOption(site.ClassNames.FileName(c), c.Title, c.Code, c.LevelLabel ?? $"Level {c.Level}")).ToList(), l.Slug)).ToList();
}
