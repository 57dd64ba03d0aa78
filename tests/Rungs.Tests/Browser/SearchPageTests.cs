using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The search page (search/index.html) in a real browser, opened from disk (file://): results as you type, facets with
/// counts for the current query, the state in the address, and twenty results at a time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser)
{
    private const string Page = "search/index.html";

    [Fact]
    public async Task Without_a_query_the_page_shows_a_hint_and_facets_for_the_whole_site()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page));

        await Expect(page.Locator("#search-hint")).ToBeVisibleAsync();
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(0);
        await Expect(FacetCount(page, "type", "Class")).ToHaveTextAsync("9 results");
        await Expect(FacetCount(page, "type", "KSA")).ToHaveTextAsync("16 results");
        await Expect(page.Locator("#search-status")).ToBeEmptyAsync();
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Typing_shows_results_and_keeps_the_query_in_the_address()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page));

        await page.Locator("#search-input").PressSequentiallyAsync("4808");

        await Expect(page.Locator(".search-result").First.Locator("h3 a")).ToHaveTextAsync("Customer Service Representative");
        await Expect(page.Locator(".search-result").First.Locator(".search-result-meta")).ToContainTextAsync("Customer Service Series · Level II · 4808");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result for “4808”.");
        await Expect(page.Locator("#search-hint")).ToBeHiddenAsync();
        Assert.EndsWith("search/index.html?q=4808", page.Url);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Checking_Non_exempt_narrows_the_results_and_updates_the_address()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?q=customer"));
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("18 results for “customer”.");
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(18);
        await Expect(FacetCount(page, "flsa", "Non-exempt")).ToHaveTextAsync("4 results");

        await Facet(page, "flsa", "Non-exempt").Locator("input").CheckAsync();

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("4 results for “customer” with the chosen filters.");
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(4);
        foreach (var meta in await page.Locator(".search-result-meta").AllTextContentsAsync()) Assert.EndsWith("Non-exempt", meta);
        Assert.EndsWith("search/index.html?q=customer&flsa=non-exempt", page.Url);
        // Counts follow: only classes are non-exempt, and the other types are no longer offered.
        await Expect(FacetCount(page, "type", "Class")).ToHaveTextAsync("4 results");
        await Expect(Facet(page, "type", "KSA")).ToBeHiddenAsync();

        await page.Locator(".facet-clear").ClickAsync();
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(18);
        Assert.EndsWith("search/index.html?q=customer", page.Url);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_address_with_a_query_and_a_type_restores_both()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?q=supervis&type=ksa"));

        await Expect(page.Locator("#search-input")).ToHaveValueAsync("supervis");
        await Expect(Facet(page, "type", "KSA").Locator("input")).ToBeCheckedAsync();
        await Expect(Facet(page, "type", "Class").Locator("input")).Not.ToBeCheckedAsync();
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(1);
        await Expect(page.Locator(".search-result h3 a")).ToHaveTextAsync("Supervision");
        await Expect(page.Locator(".search-result h3 a mark")).ToHaveTextAsync("Supervis");
        await Expect(page.Locator(".search-result .search-type")).ToHaveTextAsync("KSA");
        Assert.EndsWith("search/index.html?q=supervis&type=ksa", page.Url);

        // The result opens its page, from disk.
        await page.Locator(".search-result h3 a").ClickAsync();
        await page.ArrivesAtAsync(new Regex("ksas/supervision/index\\.html$"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Twenty_results_show_at_first_and_show_more_adds_the_rest()
    {
        // No query, two types chosen: the page lists every competency and KSA, in site order.
        var (page, errors) = await browser.OpenAsync(browser.Url(Page, "?type=competency&type=ksa"));

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("29 results with the chosen filters.");
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(20);
        var more = page.Locator("#search-more");
        await Expect(more).ToHaveTextAsync("Show more results (20 of 29 shown)");

        await more.ClickAsync();

        await Expect(page.Locator(".search-result")).ToHaveCountAsync(29);
        await Expect(more).ToBeHiddenAsync();
        await Expect(page.Locator(".search-result").Nth(20).Locator("h3 a")).ToBeFocusedAsync(); // keyboard users land on the new results
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Slash_focuses_the_page_search_box()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(Page));
        await Expect(page.Locator("#search-facets")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("/");

        await Expect(page.Locator("#search-input")).ToBeFocusedAsync();
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    /// <summary>A value's count, as a whole ("9 results", with its visually hidden word), so that 9 never passes for 19.</summary>
    private static ILocator FacetCount(IPage page, string facet, string value) => Facet(page, facet, value).Locator(".facet-count");

    private static ILocator Facet(IPage page, string facet, string value) =>
        page.Locator($".facet[data-facet=\"{facet}\"] li").Filter(new() { Has = page.Locator(".facet-name", new() { HasTextRegex = new Regex("^" + Regex.Escape(value) + "$") }) });
}
