using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Rungs.Tests.Browser;

/// <summary>What the browser tests ask of axe-core: WCAG 2.2 A and AA, with enhanced contrast (AAA) and every part of a page in a landmark.</summary>
public static class AxeRules
{
    /// <summary>A fresh set of options (axe's options are mutable), for `page.RunAxe`.</summary>
    public static AxeRunOptions BeyondAA() => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        Rules = new Dictionary<string, RuleOptions>
        {
            ["color-contrast-enhanced"] = new() { Enabled = true }, // 7:1 for text (WCAG 1.4.6, AAA)
            ["region"] = new() { Enabled = true },                  // every part of the page inside a landmark
        },
    };

    /// <summary>Runs axe with <see cref="BeyondAA"/> on the page: one line per violation, starting with <paramref name="where"/>, naming up to three elements.</summary>
    public static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(BeyondAA());
        return result.Violations.Select(v => $"{where}: {v.Id}: {v.Help} [{string.Join("; ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}]");
    }
}
