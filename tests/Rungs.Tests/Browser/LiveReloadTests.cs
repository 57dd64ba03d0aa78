using Microsoft.Playwright;
using Rungs.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>
/// `rungs serve` in a real browser: a tab showing a class page reloads by itself when the class file is saved, shows an
/// overlay naming the file and line when the content breaks, and drops the overlay when it is fixed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserFixture browser)
{
    private const string ClassFile = "series/customer-service/customer-service-assistant.md";
    private const string ClassPage = "series/customer-service/customer-service-assistant/";

    [Fact]
    public async Task A_saved_edit_reloads_the_tab_and_broken_content_shows_an_overlay_until_it_is_fixed()
    {
        using var serve = new ServeProcess();
        var (page, errors) = await browser.OpenAsync(new Uri(serve.Address, ClassPage).AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.RungsLiveReload && window.RungsLiveReload.connected()");
        var good = serve.Read(ClassFile);

        // The edit: the tab reloads on its own and shows the new text.
        await page.EvaluateAsync("() => { window.openedBeforeTheEdit = true; }");
        serve.Save(ClassFile, good + "\nA sentence saved while the page was open.\n");
        await Expect(page.Locator("main")).ToContainTextAsync("A sentence saved while the page was open.");
        Assert.True(await page.EvaluateAsync<bool>("() => window.openedBeforeTheEdit === undefined"), "the page was reloaded, not patched");

        // Broken content: an overlay over the last good page, naming file, line and message.
        await page.WaitForFunctionAsync("() => window.RungsLiveReload && window.RungsLiveReload.connected()");
        serve.Save(ClassFile, good.Replace("level: 1", "level: one", StringComparison.Ordinal));
        var overlay = page.Locator("#rungs-error-overlay");
        await Expect(overlay).ToBeVisibleAsync();
        await Expect(overlay.GetByRole(AriaRole.Heading)).ToHaveTextAsync("The site has 1 error");
        await Expect(overlay.Locator(".rungs-error").First).ToContainTextAsync("content/series/customer-service/customer-service-assistant.md(4,");
        await Expect(overlay.Locator(".rungs-error").First).ToContainTextAsync("level");
        await Expect(page.Locator("main")).ToContainTextAsync("A sentence saved while the page was open.");

        // Fixed: the overlay goes away.
        serve.Save(ClassFile, good);
        await Expect(overlay).ToHaveCountAsync(0);
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
