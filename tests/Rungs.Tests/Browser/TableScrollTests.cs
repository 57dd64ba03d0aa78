using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// A table box is a tab stop only while it scrolls sideways, so the keyboard can scroll it: tables that fit (the series
/// index's letters, the all-classes table on a laptop) are not a run of empty stops.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableScrollTests(BrowserFixture browser)
{
    private const string SeriesCompare = "series/customer-service/compare/index.html";

    [Theory]
    [InlineData("classes/index.html", 1280, 1, 0)]
    [InlineData(SeriesCompare, 1280, 2, 0)]
    [InlineData(SeriesCompare, 390, 2, 2)] // the levels side by side scroll on a phone
    public async Task A_table_box_is_a_tab_stop_only_while_it_scrolls(string path, int width, int boxes, int stops)
    {
        var page = await SitePages.OpenAsync(browser, path, width);

        await Expect(page.Locator(".table-scroll")).ToHaveCountAsync(boxes);
        await Expect(page.Locator(".table-scroll[tabindex='0']")).ToHaveCountAsync(stops);
        var scrolling = await page.Locator(".table-scroll").EvaluateAllAsync<int>("boxes => boxes.filter(b => b.scrollWidth - b.clientWidth > 1).length");
        Assert.Equal(stops, scrolling);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_box_that_comes_to_scroll_when_the_window_narrows_becomes_a_tab_stop()
    {
        var page = await SitePages.OpenAsync(browser, SeriesCompare, 1280);
        await Expect(page.Locator(".table-scroll[tabindex='0']")).ToHaveCountAsync(0);

        await page.SetViewportSizeAsync(390, 900);

        await Expect(page.Locator(".table-scroll[tabindex='0']")).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }
}
