using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>A page is never cut short, however large the site (Scriban's default output cap is 1 MiB).</summary>
public sealed class LargePageTests
{
    [Fact]
    public void A_page_larger_than_one_megabyte_is_rendered_whole()
    {
        // One class with 4,000 long duties: its page is several MB.
        var duties = string.Join("\n", Enumerable.Range(1, 4000).Select(i => $"- duty number {i} " + new string('x', 300)));
        var site = TestSite.Minimal().With("series/cs/cs-representative.md", $"""
            ---
            title: CS Representative
            level: 2
            ---

            ## Duties

            {duties}
            """).BuildClean();

        var page = site.Page("series/cs/cs-representative/index.html");
        Assert.True(page.Length > 1_048_576, $"the page has {page.Length} characters");
        Assert.Contains("duty number 4000 ", page);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }
}
