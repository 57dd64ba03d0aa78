using Rungs.Content;
using Rungs.Linking;
using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

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
    public static string Url(int number) => ListPaging.UrlOf(SiteUrls.ClassIndex, number);

    /// <summary>The first page (`classes/index.html`).</summary>
    public static PagePlan First(SiteModel site, ClassCards cards) => Page(site, cards.Cards(site.Classes), 1);

    /// <summary>The pages after the first; none on a site whose classes fit one page.</summary>
    public static IReadOnlyList<PagePlan> Later(SiteModel site, ClassCards cards)
    {
        var all = cards.Cards(site.Classes);
        return Enumerable.Range(2, Math.Max(0, ListPaging.PageCount(all.Count, PageSize) - 1)).Select(n => Page(site, all, n)).ToList();
    }

    private static PagePlan Page(SiteModel site, IReadOnlyList<ClassCard> all, int number)
    {
        var count = ListPaging.PageCount(all.Count, PageSize);
        if (count == 1)
            return new(SiteUrls.ClassIndex, "layouts/classes.html", "classes", "All classes",
                "Every class with its code, series, grade and FLSA status.", Crumbs.To("All classes"), new ClassIndexPage(all));

        var paging = ListPaging.Of(number, all.Count, PageSize, SiteUrls.ClassIndex);
        var rows = all.Skip(paging.First - 1).Take(PageSize).ToList();
        var title = number == 1 ? "All classes" : $"All classes, page {number} of {count}";
        return new(Url(number), "layouts/classes.html", "classes", title,
            $"Every class with its code, series, grade and FLSA status: classes {paging.First}–{paging.Last} of {all.Count}.",
            number == 1 ? Crumbs.To("All classes") : Crumbs.To($"Page {number}", Crumbs.Classes),
            new ClassIndexPage(rows) { Paging = paging, RowsScript = ClassRowsScript.Path });
    }
}
