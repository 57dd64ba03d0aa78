using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>site.yml `edit_url`: every spec page links "Edit this page" to its source file; RUNGS057 when it is no http(s) URL.</summary>
public sealed class EditLinkTests
{
    private static TestSite WithEditUrl(string url) => TestSite.Minimal().With("site.yml", $"""
        title: Test Specs
        edit_url: {url}
        """);

    [Theory]
    [InlineData("series/cs/cs-assistant/index.html", "series/cs/cs-assistant.md")]
    [InlineData("series/cs/index.html", "series/cs/_series.md")]
    [InlineData("competencies/communication/index.html", "competencies/communication.md")]
    [InlineData("ksas/grammar/index.html", "ksas/grammar.md")]
    [InlineData("job-models/client-service/index.html", "job-models/client-service.md")]
    public void Each_spec_page_links_edit_this_page_to_its_source_file(string page, string file)
    {
        var site = WithEditUrl("https://github.com/org/repo/edit/main/content").BuildClean();

        Assert.Contains($"<p class=\"edit-link\"><a href=\"https://github.com/org/repo/edit/main/content/{file}\">Edit this page</a></p>", site.Page(page));
    }

    [Fact]
    public void Without_edit_url_no_page_has_the_link()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.All(site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), p => Assert.DoesNotContain("edit-link", site.Page(p)));
    }

    [Fact]
    public void Each_segment_of_the_path_is_percent_encoded_after_the_url_as_normalised()
    {
        var site = WithEditUrl("HTTPS://Git.Example.org/hr%20specs/-/edit/main/content/").BuildClean();

        Assert.Contains("href=\"https://git.example.org/hr%20specs/-/edit/main/content/series/cs/cs-assistant.md\"", site.Page("series/cs/cs-assistant/index.html"));
    }

    [Theory]
    [InlineData("github.com/org/repo/edit/main/content/", "must be an absolute URL starting with https:// or http://")]
    [InlineData("javascript:alert(1)", "must be an absolute URL starting with https:// or http://")]
    [InlineData("https://github.com/org/repo/edit/main/content/?plain=1", "must not have a query (`?…`) or a fragment (`#…`)")]
    public void RUNGS057_an_edit_url_that_is_not_an_absolute_http_url_is_an_error_at_the_value(string url, string problem)
    {
        var result = WithEditUrl(url).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS057", "content/site.yml", 2, 11, $"`edit_url` {problem}, not \"{url}\"",
                "give the address that edits the content folder's files, e.g. `edit_url: https://github.com/org/repo/edit/main/content/`"));
    }
}
