using Microsoft.Playwright;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>1,200 generated classes built once into a temp folder: the all-classes table then has three pages.</summary>
public sealed class ManyClassesSiteFixture() : SiteFolderFixture(GeneratedCorpus.Build(GeneratedCorpus.Files(1_200)).Files);

/// <summary>
/// The all-classes pages of a large site, in a real browser from disk: the filter on any page finds classes on every
/// page, clearing it brings the page back, and the page passes axe and fits a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClassPagesTests(BrowserFixture browser, ManyClassesSiteFixture site) : IClassFixture<ManyClassesSiteFixture>
{
    [Fact]
    public async Task The_filter_on_a_later_page_finds_classes_from_every_page_and_clearing_it_brings_the_page_back()
    {
        var (page, errors) = await browser.OpenAsync(site.Url("classes/page/3/index.html"));
        var rows = page.Locator(".class-table tbody tr");
        await Expect(rows).ToHaveCountAsync(200);
        var firstOfPageOne = (await page.EvaluateAsync<string>("() => new Promise(r => { window.rungsClassRows = d => r(d[0][1]); const s = document.createElement('script'); s.src = '../../rows.js'; document.head.append(s); })"));

        await page.Locator("#class-filter").FillAsync(firstOfPageOne);

        await Expect(rows.First).ToContainTextAsync(firstOfPageOne);
        await Expect(page.Locator("#class-filter-count")).ToContainTextAsync("of 1,200 classes match");
        await Expect(page.Locator(".pagination")).ToBeHiddenAsync();
        await Expect(page.Locator(".class-table caption")).ToHaveTextAsync("All classes matching the filter");
        Assert.StartsWith("../../../series/", await rows.First.Locator("th a").GetAttributeAsync("href"));

        await page.Locator("#class-filter").FillAsync("");

        await Expect(rows).ToHaveCountAsync(200);
        await Expect(page.Locator("#class-filter-count")).ToHaveTextAsync("1,200 classes");
        await Expect(page.Locator(".pagination")).ToBeVisibleAsync();
        await Expect(page.Locator(".class-table caption")).ToHaveTextAsync("All classes, 1,001–1,200 of 1,200");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_the_rows_script_the_filter_asks_for_it_once_and_filters_this_page()
    {
        var page = await browser.Browser.NewPageAsync();
        var asked = 0;
        await page.RouteAsync("**/rows.js", async route => { asked++; await route.AbortAsync(); });
        await page.GotoAsync(site.Url("classes/page/2/index.html"));

        await page.Locator("#class-filter").PressSequentiallyAsync("specialist");
        await Expect(page.Locator("#class-filter-count")).ToContainTextAsync("match");
        await page.WaitForTimeoutAsync(300);

        Assert.Equal(1, asked);
        Assert.Equal(1, await page.Locator("script[src$='rows.js']").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_query_in_the_address_filters_every_class_from_the_first_page()
    {
        var (page, errors) = await browser.OpenAsync(site.Url("classes/index.html", "?q=xyzzy"));

        await Expect(page.Locator("#class-filter-count")).ToHaveTextAsync("0 of 1,200 classes match");
        await Expect(page.Locator("#class-filter-none")).ToBeVisibleAsync();
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(390, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    public async Task A_page_of_classes_passes_axe_and_does_not_scroll_sideways(int width, ColorScheme scheme)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
        await page.GotoAsync(site.Url("classes/page/2/index.html"));
        await page.Locator("#class-filter").FillAsync("specialist");
        await Expect(page.Locator("#class-filter-count")).ToContainTextAsync("match");

        Assert.Empty(await AxeRules.ViolationsAsync(page, $"classes page 2 at {width} px"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scroll");
        await page.CloseAsync();
    }
}
