using System.Text;
using Microsoft.Playwright;
using Rungs.Rendering.Pages;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary><see cref="LargeCompareSite"/> built once into a temp folder: its compare page picks classes by typing.</summary>
public sealed class LargeCompareSiteFixture() : SiteFolderFixture(GeneratedCorpus.Build(LargeCompareSite.Files()).Files)
{
    /// <summary>The path of a class's data file (`api/classes/&lt;name&gt;.json`).</summary>
    public string DataFile(string name) => PathOf("api", "classes", name + ".json");

    /// <summary>Every class's name in compare links (its data file's name).</summary>
    public IReadOnlyList<string> Names() =>
        Directory.GetFiles(PathOf("api", "classes"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// The compare page of a site too large to list its classes, in a real browser from disk: a class is found by typing
/// its title or code and picked with the keyboard or a click, the pair goes into the address, and an address names
/// any two classes (those of series that share slugs too), whichever directory file holds them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComparePickerTests(BrowserFixture browser, LargeCompareSiteFixture site) : IClassFixture<LargeCompareSiteFixture>
{
    private const string Page = "compare/index.html";

    [Fact]
    public async Task Typing_offers_the_classes_it_finds_and_arrows_and_Enter_or_a_click_pick_one()
    {
        var (page, errors) = await browser.OpenAsync(site.Url(Page));

        await page.Locator("#compare-a").FillAsync("Library Clerk");
        var options = page.Locator("#compare-a-listbox [role=option]");
        await Expect(options.First).ToContainTextAsync("Library Clerk");
        await Expect(page.Locator("#compare-a")).ToHaveAttributeAsync("aria-expanded", "true");
        var titles = (await options.Locator(".search-option-title").AllTextContentsAsync()).ToList();
        Assert.Equal(["Library Clerk 1", "Library Clerk 2", "Library Clerk 3"], titles.Take(3).Order(StringComparer.Ordinal));
        var second = titles.IndexOf("Library Clerk 2");

        for (var i = 0; i <= second; i++) await page.Locator("#compare-a").PressAsync("ArrowDown");
        await Expect(page.Locator("#compare-a")).ToHaveAttributeAsync("aria-activedescendant", $"compare-a-option-{second}");
        await page.Locator("#compare-a").PressAsync("Enter");
        await Expect(page.Locator("#compare-a")).ToHaveValueAsync("Library Clerk 2 (6002)");
        await Expect(page.Locator("#compare-result")).ToHaveTextAsync("Choose the second class to compare with Library Clerk 2 (6002).");

        await page.Locator("#compare-b").FillAsync("office clerk 1");
        await page.Locator("#compare-b-listbox [role=option]", new() { HasText = "Office Clerk 1" }).ClickAsync();
        await Expect(page.Locator("#compare-b")).ToHaveValueAsync("Office Clerk 1 (5001)");
        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From Library Clerk 2 to Office Clerk 1");
        Assert.EndsWith("compare/index.html?a=library--clerk-2&b=office--clerk-1", page.Url);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Enter_on_a_typed_code_picks_its_class()
    {
        var (page, errors) = await browser.OpenAsync(site.Url(Page, "?a=clerk-3"));
        await Expect(page.Locator("#compare-a")).ToHaveValueAsync("Library Clerk 3 (6003)");

        await page.Locator("#compare-b").FillAsync("5001");
        await Expect(page.Locator("#compare-b-listbox [role=option]")).ToHaveCountAsync(1);
        await page.Locator("#compare-b").PressAsync("Enter");

        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From Library Clerk 3 to Office Clerk 1");
        Assert.EndsWith("?a=clerk-3&b=office--clerk-1", page.Url);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Enter_on_a_typed_HRIS_title_picks_its_class()
    {
        var name = site.Names().First(n => !n.Contains("clerk", StringComparison.Ordinal));
        using var record = System.Text.Json.JsonDocument.Parse(File.ReadAllText(site.DataFile(name)));
        var title = record.RootElement.GetProperty("title").GetString();
        var code = record.RootElement.GetProperty("code").GetString();
        var hris = record.RootElement.GetProperty("attributes").EnumerateArray().First(a => a.GetProperty("id").GetString() == "hris-title").GetProperty("value").GetString()!;
        var (page, errors) = await browser.OpenAsync(site.Url(Page, "?a=clerk-3"));

        await page.Locator("#compare-b").FillAsync(hris);
        await Expect(page.Locator("#compare-b-listbox [role=option]").First.Locator(".search-option-title")).ToHaveTextAsync(title!);
        await page.Locator("#compare-b").PressAsync("Enter");

        await Expect(page.Locator("#compare-b")).ToHaveValueAsync($"{title} ({code})");
        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync($"From Library Clerk 3 to {title}");
        Assert.EndsWith($"?a=clerk-3&b={name}", page.Url);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_address_names_any_two_classes_whichever_directory_file_holds_them()
    {
        var names = site.Names();
        var shards = CompareNames.ShardCount(LargeCompareSite.Classes);
        // One name from each directory file, and the two that share a slug.
        var picked = names.GroupBy(n => CompareNames.ShardOf(n, shards)).Select(g => g.First()).Concat(["office--clerk-1", "library--clerk-1"]).ToList();
        Assert.Equal(shards, picked.Take(shards).Select(n => CompareNames.ShardOf(n, shards)).Distinct().Count());
        var compared = 0;
        for (var i = 0; i + 1 < picked.Count; i++)
        {
            var (page, errors) = await browser.OpenAsync(site.Url(Page, $"?a={picked[i]}&b={picked[i + 1]}"));
            await Expect(page.Locator("#compare-result")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Compared "));
            var a = await page.Locator("#compare-a").InputValueAsync();
            Assert.DoesNotContain(picked[i], a); // the box names the class by its title, not its file name
            Assert.Empty(errors);
            await page.CloseAsync();
            compared++;
        }

        Assert.Equal(picked.Count - 1, compared);
    }

    [Fact]
    public async Task A_name_the_site_does_not_have_is_said_so()
    {
        var (page, errors) = await browser.OpenAsync(site.Url(Page, "?a=no-such-class&b=clerk-3"));

        await Expect(page.Locator("#compare-result")).ToHaveTextAsync("There is no class “no-such-class” on this site. Type a title or code to find one.");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_open_picker_passes_axe_in_light_and_dark_and_does_not_scroll_sideways_on_a_phone()
    {
        var found = new StringBuilder();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
                var page = await context.NewPageAsync();
                await page.GotoAsync(site.Url(Page, "?a=clerk-3"));
                await page.Locator("#compare-b").FillAsync("clerk");
                await Expect(page.Locator("#compare-b-listbox [role=option]").First).ToBeVisibleAsync();
                await page.Locator("#compare-b").PressAsync("ArrowDown");
                foreach (var line in await AxeRules.ViolationsAsync(page, $"{scheme}, {width} px")) found.AppendLine(line);
                var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (pageWidth > width) found.AppendLine($"{scheme}: the page is {pageWidth} px wide at {width} px");
                await context.CloseAsync();
            }
        }

        Assert.True(found.Length == 0, found.ToString());
    }
}
