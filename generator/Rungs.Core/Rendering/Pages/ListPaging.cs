namespace Rungs.Rendering.Pages;

/// <summary>One numbered link of a list's pagination.</summary>
public sealed record PageNumberLink(int Number, string Url, bool Current);

/// <summary>
/// Where one page of a list split into pages sits among the others: which items it holds (<paramref name="First"/> to
/// <paramref name="Last"/> of <paramref name="Total"/>, counted from 1), the numbered links, and the previous and next pages.
/// A list's first page is at its own address (`x/index.html`), the others below it at `x/page/&lt;n&gt;/index.html`.
/// </summary>
public sealed record ListPaging(int Number, int Total, int First, int Last, IReadOnlyList<PageNumberLink> Pages, string? Previous, string? Next)
{
    /// <summary>This page's own address.</summary>
    public string Url => Pages[Number - 1].Url;

    /// <summary>How many pages <paramref name="total"/> items fill at <paramref name="size"/> a page (at least one).</summary>
    public static int PageCount(int total, int size) => Math.Max(1, (total + size - 1) / size);

    /// <summary>The address of page <paramref name="number"/> of a list whose first page is at <paramref name="firstPath"/>.</summary>
    public static string UrlOf(string firstPath, int number) =>
        number == 1 ? firstPath : $"{firstPath[..^"index.html".Length]}page/{number}/index.html";

    /// <summary>Page <paramref name="number"/> (from 1) of <paramref name="total"/> items in pages of <paramref name="size"/>, the first at <paramref name="firstPath"/>.</summary>
    public static ListPaging Of(int number, int total, int size, string firstPath)
    {
        var count = PageCount(total, size);
        var first = (number - 1) * size;
        string Url(int n) => UrlOf(firstPath, n);
        return new ListPaging(number, total, first + 1, Math.Min(total, first + size),
            Enumerable.Range(1, count).Select(n => new PageNumberLink(n, Url(n), n == number)).ToList(),
            number > 1 ? Url(number - 1) : null, number < count ? Url(number + 1) : null);
    }

    /// <summary>
    /// The pages of <paramref name="items"/> at <paramref name="size"/> a page, the first at <paramref name="firstPath"/>:
    /// each page's paging (null when one page holds them all) and its items.
    /// </summary>
    public static IEnumerable<(ListPaging? Paging, IReadOnlyList<T> Items)> Split<T>(IReadOnlyList<T> items, int size, string firstPath)
    {
        var count = PageCount(items.Count, size);
        if (count == 1)
        {
            yield return (null, items);
            yield break;
        }

        for (var number = 1; number <= count; number++)
            yield return (Of(number, items.Count, size, firstPath), items.Skip((number - 1) * size).Take(size).ToList());
    }
}
