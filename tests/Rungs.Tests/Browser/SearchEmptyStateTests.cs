using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rungs.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// When nothing matches, in a real browser from disk and from `rungs serve`: the search page hides the facets that have
/// nothing to offer, says what to try and links to all classes; the all-classes filter says so and offers the full-text
/// search for the same words.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchEmptyStateTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_search_with_no_result_says_what_to_try_and_links_to_all_classes()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url("search/index.html", "?q=xyzzy"));

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “xyzzy”.");
        var none = page.Locator("#search-none");
        await Expect(none).ToBeVisibleAsync();
        await Expect(none).ToContainTextAsync("checking the spelling");
        await Expect(page.Locator("#search-none-words")).ToBeHiddenAsync(); // one word: "fewer words" would not help
        await Expect(page.Locator("#search-none-filters")).ToBeHiddenAsync(); // no filter chosen
        await Expect(page.Locator("#search-facets")).ToBeHiddenAsync(); // every facet is empty: none is shown
        await Expect(page.Locator(".search-main")).ToHaveCSSAsync("grid-column-start", "1");
        Assert.True(await page.Locator(".search-main").EvaluateAsync<double>("e => e.getBoundingClientRect().width") > 800, "the message takes the page's width");

        await none.GetByRole(AriaRole.Link, new() { Name = "Browse all 9 classes" }).ClickAsync();
        await page.ArrivesAtAsync(new Regex("classes/index\\.html$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("All classes");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task With_several_words_and_a_filter_it_suggests_fewer_words_and_clearing_the_filter()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url("search/index.html", "?q=supervision+xyzzy&type=ksa"));

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “supervision xyzzy” with the chosen filters.");
        await Expect(page.Locator("#search-none-words")).ToBeVisibleAsync();
        await Expect(page.Locator("#search-none-filters")).ToBeVisibleAsync();
        // Only the facet holding the chosen value stays, so it can be unchecked; the empty ones are gone.
        await Expect(page.Locator(".facet[data-facet=type]")).ToBeVisibleAsync();
        await Expect(page.Locator(".facet[data-facet=series]")).ToBeHiddenAsync();
        await Expect(page.Locator(".facet[data-facet=grade]")).ToBeHiddenAsync();

        await page.Locator("#search-none-filters button").ClickAsync();

        Assert.EndsWith("search/index.html?q=supervision+xyzzy", page.Url);
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “supervision xyzzy”.");
        await Expect(page.Locator("#search-none-filters")).ToBeHiddenAsync();
        await Expect(page.Locator("#search-input")).ToBeFocusedAsync();

        // A query that has results shows no advice, and the facets come back.
        await page.Locator("#search-input").FillAsync("supervision");
        await Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-none")).ToBeHiddenAsync();
        await Expect(page.Locator(".facet[data-facet=type]")).ToBeVisibleAsync();
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_all_classes_filter_with_no_match_says_so_and_offers_full_text_search_for_the_same_words()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url("classes/index.html", "?q=principles"));

        await Expect(page.Locator("#class-filter-count")).ToHaveTextAsync("0 of 9 classes match");
        await Expect(page.Locator("#class-filter-none")).ToBeVisibleAsync();
        await Expect(page.Locator("#class-filter-none")).ToContainTextAsync("“principles”");
        await Expect(page.Locator(".class-table")).ToBeHiddenAsync();

        await page.Locator("#class-filter-search").ClickAsync();

        await page.ArrivesAtAsync(new Regex("search/index\\.html\\?q=principles$"));
        await Expect(page.Locator("#search-input")).ToHaveValueAsync("principles");
        await Expect(page.Locator(".search-result h3 a").First).ToHaveTextAsync("Customer and Personal Service");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("search/index.html", "#search-status")]
    [InlineData("classes/index.html", "#class-filter-none")]
    public async Task A_query_that_looks_like_markup_is_shown_as_typed(string pageName, string message)
    {
        const string query = "<img src=x onerror=window.pwned=1>";
        var (page, errors) = await browser.OpenAsync(browser.Url(pageName, "?q=" + Uri.EscapeDataString(query)));

        await Expect(page.Locator(message)).ToContainTextAsync(query);
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task From_a_server_the_empty_states_link_to_the_clean_addresses()
    {
        using var serve = new ServeProcess();
        var (page, errors) = await browser.OpenAsync(new Uri(serve.Address, "classes/?q=principles").AbsoluteUri);

        await Expect(page.Locator("#class-filter-none")).ToBeVisibleAsync();
        await page.Locator("#class-filter-search").ClickAsync();
        await page.ArrivesAtAsync(new Regex("^http://[^/]+/search/\\?q=principles$"));
        await Expect(page.Locator(".search-result").First).ToBeVisibleAsync();

        await page.Locator("#search-input").FillAsync("xyzzy");
        await Expect(page.Locator("#search-none")).ToBeVisibleAsync();
        await page.Locator("#search-none").GetByRole(AriaRole.Link, new() { Name = "Browse all 9 classes" }).ClickAsync();
        await page.ArrivesAtAsync(new Regex("^http://[^/]+/classes/$"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
