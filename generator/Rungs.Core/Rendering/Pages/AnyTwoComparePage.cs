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
/// The model of the "compare any two classes" page. The page lists every class; a script loads the two picked
/// classes' data (their series' bundles, `api/series/&lt;series&gt;.js`) and shows the same comparison as the level-to-level pages.
/// </summary>
public sealed record AnyTwoComparePage(IReadOnlyList<CompareOptionGroup> Groups, IReadOnlyList<LinkView> SeriesComparisons, string DataFolder)
{
    /// <summary>The page with two classes picked (`?a=…&amp;b=…`), each named as its pickers name it (<see cref="ClassNames.FileName"/>).</summary>
    public static string UrlOf(string a, string b) => $"{SiteUrls.AnyTwoCompare}?a={Uri.EscapeDataString(a)}&b={Uri.EscapeDataString(b)}";

    public static PagePlan Plan(SiteModel site) =>
        new(SiteUrls.AnyTwoCompare, "layouts/compare.html", "compare", "Compare two classes",
            "Pick any two classes, in the same series or in different ones, and see what differs between them.",
            Crumbs.To("Compare two classes"),
            new AnyTwoComparePage(
                site.Series.Select(l => new CompareOptionGroup(l.Spec.Title,
                    l.Levels.Select(c => new CompareOption(site.ClassNames.FileName(c), c.Title, c.Code, c.LevelLabel ?? $"Level {c.Level}")).ToList(), l.Slug)).ToList(),
                site.Series.Where(l => l.Current.Count > 1).Select(l => new LinkView(l.Spec.Title, SiteUrls.SeriesCompare(l.Slug))).ToList(),
                Export.SeriesDataBundle.Folder));
}
