using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The sample site's long pages in a real browser at a laptop's 1280 px and a phone's 390 px: "On this page" is a
/// sticky rail beside the content on the laptop and a short list above the content on the phone, its links reach
/// their sections, and a step page's pager walks the ladder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingLayoutTests(BrowserFixture browser)
{
    private const string ClassPage = "series/customer-service/customer-service-representative/index.html";
    private const string FirstStep = "series/customer-service/compare/customer-service-assistant..customer-service-representative/index.html";

    [Fact]
    public async Task On_a_laptop_the_contents_are_a_rail_beside_the_spec_that_stays_in_view_while_reading()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));

        var rail = page.Locator("nav.page-contents");
        await Expect(rail).ToBeVisibleAsync();
        var railBox = (await rail.BoundingBoxAsync())!;
        var duties = (await page.Locator("#duties").BoundingBoxAsync())!;
        Assert.True(railBox.X >= duties.X + duties.Width, $"the rail (x {railBox.X}) is not beside the content (ends at {duties.X + duties.Width})");

        // Far down the page the rail is still on screen.
        await page.Locator("#linked-ksas").ScrollIntoViewIfNeededAsync();
        var scrolled = (await rail.BoundingBoxAsync())!;
        Assert.InRange(scrolled.Y, 0, 1000 - scrolled.Height);

        await rail.GetByRole(AriaRole.Link, new() { Name = "Minimum Qualifications" }).ClickAsync();
        Assert.EndsWith("#minimum-qualifications", page.Url);
        var target = (await page.Locator("#minimum-qualifications").BoundingBoxAsync())!;
        Assert.InRange(target.Y, 1, 1000); // a little room above the heading, not flush with the top
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_contents_are_a_short_list_above_the_spec_and_nothing_scrolls_sideways()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));
        await page.SetViewportSizeAsync(390, 844);

        var list = page.Locator("nav.page-contents");
        await Expect(list).ToBeVisibleAsync();
        var box = (await list.BoundingBoxAsync())!;
        var glance = (await page.Locator("#at-a-glance").BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= glance.Y, "the contents are not above the first section");
        Assert.True(box.Width > 300, $"the list is {box.Width} px wide, not the width of the page");
        Assert.Equal("static", await list.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(1280, 1000)]
    [InlineData(390, 844)]
    public async Task The_step_pager_walks_the_ladder_to_the_last_step_and_back_to_the_series(int width, int height)
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(FirstStep));
        await page.SetViewportSizeAsync(width, height);

        var pager = page.Locator("nav.step-pager");
        await Expect(pager).ToContainTextAsync("This is the first step of the series");
        await pager.GetByRole(AriaRole.Link, new() { Name = "Next step From Customer Service Representative to Customer Service Specialist" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("From Customer Service Representative to Customer Service Specialist");
        await Expect(page.Locator("nav.step-pager")).ToContainTextAsync("This is the last step of the series");

        await page.Locator("nav.step-pager").GetByRole(AriaRole.Link, new() { Name = "Back to the series Customer Service Series" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Customer Service Series");
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
