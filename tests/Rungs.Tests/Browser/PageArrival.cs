using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rungs.Tests.Browser;

/// <summary>Waits for a page to arrive at an address after a key or click, and to finish loading there.</summary>
/// <remarks>
/// Not <c>IPage.WaitForURLAsync</c>: a script-led navigation between files (file://) commits and loads within a few
/// milliseconds, and its waiter then sometimes misses the load and times out with the page already there (seen in CI,
/// and in 7 runs of 8 on a loaded machine). The address is polled instead, then the new document's ready state.
/// </remarks>
internal static class PageArrival
{
    public static async Task ArrivesAtAsync(this IPage page, Regex url)
    {
        await Expect(page).ToHaveURLAsync(url);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }
}
