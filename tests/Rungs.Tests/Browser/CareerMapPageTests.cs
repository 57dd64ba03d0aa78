using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The career map page of the sample site in a real browser: on a 390 px phone the ladders are lists that fit the
/// screen with legible text; on a 1280 px desktop the SVG map is shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CareerMapPageTests(BrowserFixture browser)
{
    private const string Page = "career-map/index.html";

    [Fact]
    public async Task On_a_390_px_phone_the_ladders_are_lists_without_sideways_scrolling_or_small_text()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page));
        await page.SetViewportSizeAsync(390, 844);

        await Expect(page.Locator(".career-map-list")).ToBeVisibleAsync();
        await Expect(page.Locator("svg.career-map")).ToBeHiddenAsync();
        await Expect(page.Locator(".career-map-list a[href$='customer-service-representative-1/index.html']")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px");
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('.career-map-list, .career-map-list *')].map(e => parseFloat(getComputedStyle(e).fontSize)))");
        Assert.True(smallest >= 12, $"the smallest text in the list is {smallest} px");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task On_a_1280_px_desktop_the_map_is_drawn_and_the_lists_are_hidden()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page));

        await Expect(page.Locator("svg.career-map")).ToBeVisibleAsync();
        await Expect(page.Locator(".career-map-list")).ToBeHiddenAsync();
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task On_a_390_px_phone_the_home_page_links_the_map_instead_of_shrinking_it_past_reading()
    {
        // Seen in the phone screenshot: the home page drew the whole SVG map at a third of its size, its text unreadable.
        var (page, errors) = await browser.OpenAsync(browser.Url("index.html"));
        await page.SetViewportSizeAsync(390, 844);

        await Expect(page.Locator("svg.career-map")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the career map on its own page" })).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await Expect(page.Locator("svg.career-map")).ToBeVisibleAsync();
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
