using System.Globalization;
using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>The series of one first letter on a page of the series index ("S", or "S (continued)" where it goes on from the page before).</summary>
public sealed record SeriesLetterGroup(string Id, string Title, string Letter, IReadOnlyList<SeriesCard> Series);

/// <summary>A link of the series index's navigation, relative to the index page (`#letter-s`, `index-2.html#letter-s`); no link for the page itself.</summary>
public sealed record SeriesIndexLink(string Title, string? Href);

/// <summary>
/// A large site's series index (more than <see cref="IndexPages.MaxSeriesCards"/> series): A–Z by title, grouped by first
/// letter, with links to every letter; on as many pages (`series/index.html`, `series/index-2.html`, …) as keep each at
/// most <see cref="MaxSeries"/> series and <see cref="MaxClasses"/> classes.
/// </summary>
public static class SeriesIndexPages
{
    /// <summary>The most series a page of the index lists (about 200 KB at four classes each).</summary>
    public const int MaxSeries = 300;

    /// <summary>The most classes a page of the index links to.</summary>
    public const int MaxClasses = 1500;

    /// <summary>The model of page <paramref name="number"/> (1 is `series/index.html`) of the index of pages <paramref name="pages"/>.</summary>
    public static SeriesIndexPage Page(SiteModel site, IReadOnlyList<IReadOnlyList<SeriesLetterGroup>> pages, int number)
    {
        var letters = pages.SelectMany((groups, p) => groups.Select(g => (g.Letter, g.Id, Page: p + 1)))
            .DistinctBy(l => l.Letter, StringComparer.Ordinal)
            .Select(l => new SeriesIndexLink(l.Letter, (l.Page == number ? "" : FileName(l.Page)) + "#" + l.Id))
            .ToList();
        var pager = pages.Select((groups, p) => new SeriesIndexLink(Range(groups), p + 1 == number ? null : FileName(p + 1))).ToList();
        return new SeriesIndexPage(pages[number - 1].SelectMany(g => g.Series).ToList(), true, SiteUrls.SeriesIndex)
        {
            SeriesCount = site.Series.Count,
            Letters = pages[number - 1],
            LetterLinks = letters,
            Pages = pages.Count > 1 ? pager : [],
        };
    }

    /// <summary>The index's pages of a large site, the first at `series/index.html`, its parts worked out once.</summary>
    public static IReadOnlyList<PagePlan> Plans(SiteModel site)
    {
        var pages = Pages(site);
        return Enumerable.Range(1, pages.Count).Select(n =>
        {
            var model = Page(site, pages, n);
            if (n == 1) return IndexPages.SeriesIndex(model);
            var title = $"Series: {model.Pages[n - 1].Title}";
            return new PagePlan(SiteUrls.SeriesIndexPage(n), "layouts/series-index.html", "series-index", title,
                $"Class series {model.Pages[n - 1].Title}, and their levels.", Crumbs.To(model.Pages[n - 1].Title, Crumbs.Series), model);
        }).ToList();
    }

    /// <summary>The series in title order, by first letter, packed onto pages; a letter too long for a page goes on to the next.</summary>
    public static IReadOnlyList<IReadOnlyList<SeriesLetterGroup>> Pages(SiteModel site, int maxSeries = MaxSeries, int maxClasses = MaxClasses)
    {
        var pages = new List<IReadOnlyList<SeriesLetterGroup>>();
        var page = new List<SeriesLetterGroup>();
        var (series, classes) = (0, 0);
        var sorted = site.Series.OrderBy(s => s.Spec.Title, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Spec.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Slug, StringComparer.Ordinal);
        foreach (var letter in sorted.GroupBy(s => LetterOf(s.Spec.Title), StringComparer.Ordinal))
        {
            var group = new List<SeriesCard>();
            foreach (var ladder in letter)
            {
                if (series > 0 && (series + 1 > maxSeries || classes + ladder.Current.Count > maxClasses))
                {
                    if (group.Count > 0) page.Add(Group(letter.Key, group, continued: page.Count == 0 && pages.Count > 0 && pages[^1][^1].Letter == letter.Key));
                    pages.Add(page);
                    (page, group, series, classes) = ([], [], 0, 0);
                }

                group.Add(SeriesCard.Of(ladder));
                (series, classes) = (series + 1, classes + ladder.Current.Count);
            }

            page.Add(Group(letter.Key, group, continued: page.Count == 0 && pages.Count > 0 && pages[^1][^1].Letter == letter.Key));
        }

        if (page.Count > 0 || pages.Count == 0) pages.Add(page);
        return pages;
    }

    private static SeriesLetterGroup Group(string letter, List<SeriesCard> series, bool continued) =>
        new(IdOf(letter), continued ? $"{letter} (continued)" : letter, letter, series);

    // A title's first letter or digit, in capitals; digits share one group, and a title without either goes under "#".
    private static string LetterOf(string title)
    {
        foreach (var c in title)
        {
            if (char.IsAsciiDigit(c)) return "0–9";
            if (char.IsLetter(c)) return char.ToUpperInvariant(c).ToString();
        }

        return "#";
    }

    private static string IdOf(string letter) => letter switch
    {
        "0–9" => "letter-digits",
        "#" => "letter-other",
        _ when char.IsAsciiLetter(letter[0]) => "letter-" + letter.ToLowerInvariant(),
        _ => "letter-u" + ((int)letter[0]).ToString("x4", CultureInfo.InvariantCulture),
    };

    // A page's first and last series, as a dictionary's guide words.
    private static string Range(IReadOnlyList<SeriesLetterGroup> groups) =>
        groups.Count == 0 ? "" : $"{groups[0].Series[0].Title} – {groups[^1].Series[^1].Title}";

    private static string FileName(int number) => SiteUrls.SeriesIndexPage(number)["series/".Length..];
}
