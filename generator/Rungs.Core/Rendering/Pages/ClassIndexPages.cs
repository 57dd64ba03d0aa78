using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>One numbered link of a list's pagination.</summary>
public sealed record PageNumberLink(int Number, string Url, bool Current);

/// <summary>
/// Where one page of a list split into pages sits among the others: which items it holds (<paramref name="First"/> to
/// <paramref name="Last"/> of <paramref name="Total"/>, counted from 1), the numbered links, and the previous and next pages.
/// </summary>
public sealed record ListPaging(int Number, int Total, int First, int Last, IReadOnlyList<PageNumberLink> Pages, string? Previous, string? Next)
{
    /// <summary>Page <paramref name="number"/> (from 1) of <paramref name="total"/> items in pages of <paramref name="size"/>, each page's address from <paramref name="url"/>.</summary>
    public static ListPaging Of(int number, int total, int size, Func<int, string> url)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        var first = (number - 1) * size;
        return new ListPaging(number, total, first + 1, Math.Min(total, first + size),
            Enumerable.Range(1, count).Select(n => new PageNumberLink(n, url(n), n == number)).ToList(),
            number > 1 ? url(number - 1) : null, number < count ? url(number + 1) : null);
    }
}


/// <summary>
/// The all-classes table, split into pages of <see cref="PageSize"/> classes when there are more: the first at
/// `classes/index.html`, the others at `classes/page/&lt;n&gt;/index.html`, each a plain HTML listing that works without
/// JavaScript; a small site keeps its one page as before.
/// </summary>
public static class ClassIndexPages
{
    /// <summary>The most classes one page lists: 500 rows weigh about 250 KB, under the 500 KB any page may weigh.</summary>
    public const int PageSize = 500;

    /// <summary>The page of the all-classes table that lists page <paramref name="number"/> (1 is the first).</summary>
    public static string Url(int number) => number == 1 ? SiteUrls.ClassIndex : $"classes/page/{number}/index.html";

    /// <summary>The first page (`classes/index.html`).</summary>
    public static PagePlan First(SiteModel site, ClassCards cards) => Page(site, cards.Cards(site.Classes), 1);

    /// <summary>The pages after the first; none on a site whose classes fit one page.</summary>
    public static IReadOnlyList<PagePlan> Later(SiteModel site, ClassCards cards)
    {
        var all = cards.Cards(site.Classes);
        return Enumerable.Range(2, Math.Max(0, PageCount(all.Count) - 1)).Select(n => Page(site, all, n)).ToList();
    }

    private static int PageCount(int classes) => Math.Max(1, (classes + PageSize - 1) / PageSize);

    private static PagePlan Page(SiteModel site, IReadOnlyList<ClassCard> all, int number)
    {
        var count = PageCount(all.Count);
        if (count == 1)
            return new(SiteUrls.ClassIndex, "layouts/classes.html", "classes", "All classes",
                "Every class with its code, series, grade and FLSA status.", Crumbs.To("All classes"), new ClassIndexPage(all));

        var paging = ListPaging.Of(number, all.Count, PageSize, Url);
        var rows = all.Skip(paging.First - 1).Take(PageSize).ToList();
        var title = number == 1 ? "All classes" : $"All classes, page {number} of {count}";
        return new(Url(number), "layouts/classes.html", "classes", title,
            $"Every class with its code, series, grade and FLSA status: classes {paging.First}–{paging.Last} of {all.Count}.",
            number == 1 ? Crumbs.To("All classes") : Crumbs.To($"Page {number}", Crumbs.Classes),
            new ClassIndexPage(rows) { Paging = paging, RowsScript = ClassRowsScript.Path });
    }
}
