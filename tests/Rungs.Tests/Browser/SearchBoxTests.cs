using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The search box in the header of every page, in a real browser, with the sample site opened from disk (file://): results
/// as you type, codes and HRIS titles first, prefixes and typos, highlighting, the keyboard, and the screen reader's count.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBoxTests(BrowserFixture browser)
{
    // A class page three folders deep: every index file is found from here by the page's relative root.
    private const string ClassPage = "series/customer-service/customer-service-assistant/index.html";

    [Theory]
    [InlineData("4808", "Customer Service Representative")]
    [InlineData("AUN04112", "Customer Service Representative 2")]
    [InlineData("cust svc rep 3", "Customer Service Representative 3")]
    [InlineData("CUST SVC REP 2", "Customer Service Representative 2")]
    public async Task Typing_a_class_code_or_HRIS_title_puts_that_class_first(string query, string title)
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));

        await page.Locator("#site-search-input").PressSequentiallyAsync(query);

        await Expect(Option(page, 0).Locator(".search-option-title")).ToHaveTextAsync(title);
        await Expect(page.Locator("#site-search-input")).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.EndsWith(Slug(title) + "/index.html", await Option(page, 0).GetAttributeAsync("href"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_files_a_query_needs_are_fetched_as_it_is_typed_before_typing_pauses()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));
        var input = page.Locator("#site-search-input");
        await input.FocusAsync(); // loads the manifest
        await page.WaitForFunctionAsync("() => Array.from(document.scripts).some(s => s.src.endsWith('search/manifest.js'))");
        await page.WaitForTimeoutAsync(200);
        // Typing never pauses from here on: no timer fires, so only loading on each keystroke can ask for a file.
        await page.EvaluateAsync("() => { window.setTimeout = () => 0; }");

        await input.FillAsync("supervisor");

        await page.WaitForFunctionAsync("() => Array.from(document.scripts).some(s => /search\\/(terms|prefix)\\/s/.test(s.src))");
        await Expect(page.Locator("#site-search-listbox [role=option]")).ToHaveCountAsync(0); // nothing answered yet
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_prefix_finds_the_classes_that_mention_supervision_and_marks_what_matched()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));

        await page.Locator("#site-search-input").FillAsync("supervis");

        await Expect(Option(page, 0).Locator(".search-option-title")).ToHaveTextAsync("Supervision"); // the KSA of that title
        await Expect(Option(page, 0).Locator(".search-option-title mark")).ToHaveTextAsync("Supervis");
        var titles = await page.Locator("#site-search-listbox .search-option-title").AllTextContentsAsync();
        Assert.Contains("Customer Service Assistant", titles);
        Assert.Contains("Customer Service Representative", titles);
        // Excerpts mark the typed start of each matching word, and nothing else.
        var marks = await page.Locator("#site-search-listbox mark").AllTextContentsAsync();
        Assert.True(marks.Count > 3, string.Join(", ", marks));
        Assert.All(marks, m => Assert.Equal("supervis", m.ToLowerInvariant()));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task One_typo_still_finds_them_and_marks_the_whole_word()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));

        await page.Locator("#site-search-input").FillAsync("supervison");

        await Expect(Option(page, 0).Locator(".search-option-title")).ToHaveTextAsync("Supervision");
        await Expect(Option(page, 0).Locator(".search-option-title mark")).ToHaveTextAsync("Supervision");
        var titles = await page.Locator("#site-search-listbox .search-option-title").AllTextContentsAsync();
        Assert.Contains("Customer Service Assistant", titles);
        Assert.Contains("supervision", await page.Locator("#site-search-listbox .search-option-excerpt mark").AllTextContentsAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Arrow_down_and_enter_open_the_first_result()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));
        var input = page.Locator("#site-search-input");

        await input.FillAsync("4808");
        await Expect(Option(page, 0)).ToBeVisibleAsync();
        await input.PressAsync("ArrowDown");

        await Expect(Option(page, 0)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", (await Option(page, 0).GetAttributeAsync("id"))!);
        await Expect(input).ToBeFocusedAsync(); // focus stays in the box (combobox pattern)
        await input.PressAsync("Enter");

        await page.ArrivesAtAsync(new Regex("series/customer-service/customer-service-representative/index\\.html$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Customer Service Representative");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_result_opens_it_and_options_are_named_by_title_type_and_facts()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url("index.html"));

        await page.Locator("#site-search-input").FillAsync("aun08330");
        await Expect(Option(page, 0)).ToHaveAccessibleNameAsync(new Regex(
            "^Customer Service Representative 3 Class\\s*Customer Service Representative Series · Level 3 · Grade 16 · AUN08330$"));
        await Expect(Option(page, 0).Locator(".search-option-excerpt")).ToHaveAttributeAsync("aria-hidden", "true");
        await Option(page, 0).ClickAsync();

        await page.ArrivesAtAsync(new Regex("series/customer-service-representative/customer-service-representative-3/index\\.html$"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Arrows_wrap_around_and_escape_closes_the_list_but_keeps_the_text()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url("index.html"));
        var input = page.Locator("#site-search-input");

        await input.FillAsync("customer");
        await Expect(Option(page, 0)).ToBeVisibleAsync();
        var count = await page.Locator("#site-search-listbox [role=option]").CountAsync();
        Assert.Equal(9, count); // eight results and "See all 18 results"
        await Expect(page.Locator("#site-search-listbox [role=option]").Last).ToHaveTextAsync("See all 18 results");

        await input.PressAsync("ArrowUp"); // from none to the last
        await Expect(page.Locator("#site-search-listbox [role=option]").Last).ToHaveAttributeAsync("aria-selected", "true");
        await input.PressAsync("ArrowDown"); // and round to the first
        await Expect(Option(page, 0)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("#site-search-listbox [aria-selected=true]")).ToHaveCountAsync(1);

        await input.PressAsync("Escape");
        await Expect(page.Locator(".search-popup")).ToBeHiddenAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(input).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));
        await Expect(input).ToHaveValueAsync("customer");
        await input.PressAsync("ArrowDown"); // opens again
        await Expect(Option(page, 0)).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Slash_focuses_the_box_from_anywhere_but_a_form_field()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));
        var input = page.Locator("#site-search-input");

        await page.Keyboard.PressAsync("/");

        await Expect(input).ToBeFocusedAsync();
        await Expect(input).ToHaveValueAsync("");
        // In the box, "/" is just typed.
        await page.Keyboard.TypeAsync("a/b");
        await Expect(input).ToHaveValueAsync("a/b");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_live_region_announces_how_many_results_there_are()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));
        var region = page.Locator(".site-search [aria-live=polite]");
        await Expect(region).ToHaveClassAsync("visually-hidden");

        await page.Locator("#site-search-input").PressSequentiallyAsync("customer");
        await Expect(region).ToHaveTextAsync("18 results");

        await page.Locator("#site-search-input").FillAsync("xyzzy");
        await Expect(region).ToHaveTextAsync("No results");
        await Expect(page.Locator(".search-popup-note")).ToContainTextAsync("No results for “xyzzy”.");
        await Expect(page.Locator("#site-search-input")).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Enter_with_no_result_chosen_goes_to_the_search_page()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));

        await page.Locator("#site-search-input").FillAsync("supervis");
        await Expect(Option(page, 0)).ToBeVisibleAsync();
        await page.Locator("#site-search-input").PressAsync("Enter");

        await page.ArrivesAtAsync(new Regex("search/index\\.html\\?q=supervis$"));
        await Expect(page.Locator("#search-input")).ToHaveValueAsync("supervis");
        await Expect(page.Locator(".search-result").First.Locator("h3 a")).ToHaveTextAsync("Supervision");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_box_filters_the_table_of_all_classes()
    {
        var page = await browser.Browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync(browser.Url(ClassPage));

        await page.Locator("#site-search-input").FillAsync("4808");
        await page.Locator("#site-search-input").PressAsync("Enter");

        await page.ArrivesAtAsync(new Regex("classes/index\\.html\\?q=4808$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("All classes");
        await Expect(page.Locator("#site-search-input")).Not.ToHaveAttributeAsync("role", "combobox");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Results_add_no_inline_script_or_style()
    {
        var (page, errors) = await browser.OpenAsync(browser.Url(ClassPage));

        await page.Locator("#site-search-input").FillAsync("customer service");
        await Expect(Option(page, 0)).ToBeVisibleAsync();
        await page.Locator("#site-search-input").PressAsync("ArrowDown");

        // A JSON-LD data block (a class's schema.org Occupation) is never run: not an inline script.
        Assert.Equal(0, await page.Locator("script:not([src]):not([type='application/ld+json']), [style]").CountAsync());
        var scripts = await page.Locator("script[src]").EvaluateAllAsync<string[]>("s => s.map(e => e.getAttribute('src'))");
        Assert.Contains("../../../search/manifest.js", scripts); // index files load relative to the page, so any base path works
        Assert.Equal(scripts.Length, scripts.Distinct().Count()); // each file once
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    private static ILocator Option(IPage page, int index) => page.Locator("#site-search-listbox [role=option]").Nth(index);

    private static string Slug(string title) => title.ToLowerInvariant().Replace(' ', '-');
}
