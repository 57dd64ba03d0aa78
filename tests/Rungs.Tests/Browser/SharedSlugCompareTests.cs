using Rungs.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// The compare page of a site built by the real `rungs build` whose series share class slugs, opened from disk: each
/// twin is picked by its `series--slug` name and its own data is loaded, though both records have the slug `clerk-1`.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SharedSlugCompareTests(BrowserFixture browser)
{
    [Fact]
    public async Task Two_classes_with_one_slug_are_compared_each_with_its_own_data()
    {
        using var folder = new BuildFolder(TwinSlugSite.Build());
        var run = folder.Build();
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var url = new Uri(Path.Combine(folder.Output, "compare", "index.html")).AbsoluteUri;

        var (page, errors) = await browser.OpenAsync(url + "?a=office--clerk-1&b=library--clerk-1");

        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From Office Clerk 1 to Library Clerk 1");
        var code = page.Locator("#compare-view .field-changes [data-field=\"code\"]");
        await Expect(code.Locator(".before")).ToHaveTextAsync("5001");
        await Expect(code.Locator(".after")).ToHaveTextAsync("6001");

        // Picked again the other way round, with both records already loaded.
        await page.SelectOptionAsync("#compare-a", "library--clerk-1");
        await page.SelectOptionAsync("#compare-b", "office--clerk-1");
        await Expect(page.Locator("#compare-view h2")).ToHaveTextAsync("From Library Clerk 1 to Office Clerk 1");
        Assert.EndsWith("compare/index.html?a=library--clerk-1&b=office--clerk-1", page.Url);
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
