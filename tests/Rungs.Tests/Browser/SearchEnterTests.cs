using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rungs.Tests.Search;
using Rungs.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The header search box with a site that has numeric codes, from disk (file://) and from `rungs serve`: Enter on a
/// class's exact code (with or without leading zeros) or HRIS title opens that class, a number finds only its own code,
/// and a long word offers the titles it nearly spells after the exact matches.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchEnterTests(BrowserFixture browser, NumberedSiteFixture site) : IClassFixture<NumberedSiteFixture>
{
    private const string ClassPage = "series/customer-service/customer-service-assistant/index.html";

    [Theory]
    [InlineData("4808", "series/customer-service/customer-service-representative/index.html")]
    [InlineData("AUN04112", "series/customer-service-representative/customer-service-representative-2/index.html")]
    [InlineData("cust svc rep 3", "series/customer-service-representative/customer-service-representative-3/index.html")]
    [InlineData("155053", "series/numbered/grounds-lead/index.html")]
    [InlineData("1368", "series/numbered/grounds-director/index.html")]
    [InlineData("001368", "series/numbered/grounds-director/index.html")]
    public async Task Enter_on_a_class_code_or_HRIS_title_opens_that_class_from_disk(string query, string target)
    {
        var (page, errors) = await browser.OpenAsync(site.Url(ClassPage));

        await TypeAndPressEnterAsync(page, query);

        await page.ArrivesAtAsync(new Regex(Regex.Escape(target) + "$"));
        Assert.StartsWith("file://", page.Url);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("Customer Service Representative", "q=Customer+Service+Representative")] // a title is also a search
    [InlineData("15505", "q=15505")] // not a code: no neighbour is guessed
    public async Task Enter_on_anything_else_goes_to_the_search_page(string query, string search)
    {
        var (page, errors) = await browser.OpenAsync(site.Url(ClassPage));

        await TypeAndPressEnterAsync(page, query);

        await page.ArrivesAtAsync(new Regex("search/index\\.html\\?" + Regex.Escape(search) + "$"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Enter_on_a_code_or_HRIS_title_opens_the_class_from_a_server_too()
    {
        using var serve = new ServeProcess();
        var numbered = Path.Combine(serve.Content, "series", NumberedCodesSite.Series);
        Directory.CreateDirectory(numbered);
        foreach (var (path, text) in NumberedCodesSite.Content().Files.Where(f => f.Key.StartsWith($"series/{NumberedCodesSite.Series}/", StringComparison.Ordinal)))
            serve.Save(path, text);
        using var http = new HttpClient { BaseAddress = serve.Address };
        await serve.WaitForPageAsync(http, "series/numbered/grounds-director/", "001368");

        foreach (var (query, target) in new[] { ("cust svc rep 3", "customer-service-representative-3/"), ("1368", "grounds-director/") })
        {
            var (page, errors) = await browser.OpenAsync(new Uri(serve.Address, "series/customer-service/customer-service-assistant/").AbsoluteUri);
            await TypeAndPressEnterAsync(page, query);

            await page.ArrivesAtAsync(new Regex("^http://.*/" + Regex.Escape(target) + "(index\\.html)?$"));
            Assert.Empty(errors);
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task A_number_finds_only_its_own_code_not_its_neighbours()
    {
        var (page, errors) = await browser.OpenAsync(site.Url(ClassPage));

        await page.Locator("#site-search-input").FillAsync("155053");

        await Expect(Options(page)).ToHaveCountAsync(1);
        await Expect(Options(page).Locator(".search-option-title")).ToHaveTextAsync("Grounds Lead");
        await Expect(Options(page).Locator(".search-option-meta mark")).ToHaveTextAsync("155053");

        // Without its zeros, on the search page: the code shows as written, marked whole.
        await page.GotoAsync(site.Url("search/index.html", "?q=1368"));
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result for “1368”.");
        await Expect(page.Locator(".search-result h3 a")).ToHaveTextAsync("Grounds Director");
        await Expect(page.Locator(".search-result-meta mark")).ToHaveTextAsync("001368");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_near_miss_of_a_long_title_word_offers_that_title_after_the_exact_matches()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));

        await page.Locator("#site-search-input").FillAsync("principle");

        await Expect(Options(page).Locator(".search-option-title").Filter(new() { HasText = "Customer Service Specialist Principal" })).ToHaveCountAsync(1);
        var titles = (await page.Locator("#site-search-listbox .search-option-title").AllTextContentsAsync()).ToList();
        var exact = titles.IndexOf("Customer and Personal Service"); // its definition says "principles"
        Assert.True(exact >= 0 && exact < titles.IndexOf("Customer Service Specialist Principal"), string.Join(" | ", titles));
        await Expect(page.Locator("#site-search-listbox .search-option-title mark").Filter(new() { HasText = "Principal" })).ToHaveCountAsync(1);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    // Enter at once, before any result has shown: the box looks the name up itself.
    private static async Task TypeAndPressEnterAsync(IPage page, string query)
    {
        await page.Locator("#site-search-input").FillAsync(query);
        await page.Locator("#site-search-input").PressAsync("Enter");
    }

    private static ILocator Options(IPage page) => page.Locator("#site-search-listbox [role=option]");
}
