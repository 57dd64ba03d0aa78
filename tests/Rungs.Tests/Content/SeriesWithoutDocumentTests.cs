using Rungs.Tests.Support;

namespace Rungs.Tests.Content;

/// <summary>
/// Some employers publish per-class pages only: a series whose `_series.md` is front matter alone (a `title`, no body)
/// builds cleanly, and its page shows the ladder without a narrative (issue 20.8).
/// </summary>
public sealed class SeriesWithoutDocumentTests
{
    [Theory]
    [InlineData("---\ntitle: Clerk Series\n---\n")]
    [InlineData("---\ntitle: Clerk Series\n---")]
    [InlineData("---\r\ntitle: Clerk Series\r\n---\r\n\r\n\r\n")]
    public void A_series_file_with_only_a_title_builds_and_its_page_shows_the_ladder_without_a_narrative(string seriesFile)
    {
        var built = TestSite.Minimal().With("series/cs/_series.md", seriesFile).BuildClean();

        var page = built.Page("series/cs/index.html");
        Assert.Contains("<h1>Clerk Series</h1>", page);
        Assert.Contains("CS Assistant", page);
        Assert.Contains("CS Representative", page);
        Assert.DoesNotContain("class=\"lead\"", page);
        Assert.DoesNotContain("class=\"prose intro\"", page);
        Assert.DoesNotContain("class=\"spec-section", page);
        Assert.Contains("Clerk Series", built.Page("series/cs/cs-assistant/index.html"));
    }
}
