using Rungs.Tests.Support;

namespace Rungs.Tests.Export;

/// <summary>
/// Printed pages (the print rules themselves were checked by printing to PDF, A4 and Letter): class, series and series
/// comparison pages carry their own address as a print-only line when the base URL is known, and none without it
/// (a root-relative path on paper would help nobody).
/// </summary>
public class PrintTests
{
    private static readonly Lazy<BuiltSite> WithBase = new(() => TestSite.Minimal().BuildClean("https://hr.example.edu/specs/"));

    [Theory]
    [InlineData("series/cs/cs-assistant/index.html", "https://hr.example.edu/specs/series/cs/cs-assistant/")]
    [InlineData("series/cs/index.html", "https://hr.example.edu/specs/series/cs/")]
    [InlineData("series/cs/compare/index.html", "https://hr.example.edu/specs/series/cs/compare/")]
    public void Whole_spec_pages_print_their_own_address(string page, string url) =>
        Assert.Contains($"<p class=\"print-only print-url\">{url}</p>", WithBase.Value.Page(page));

    [Fact]
    public void Without_a_base_url_no_address_is_printed()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.DoesNotContain("print-url", site.Page("series/cs/cs-assistant/index.html"));
        Assert.DoesNotContain("print-url", site.Page("series/cs/compare/index.html"));
    }

    [Fact]
    public void The_print_only_line_is_hidden_on_screen_and_navigation_is_hidden_on_paper()
    {
        var css = WithBase.Value.Page("assets/site.css");
        var print = css[css.LastIndexOf("/* Print", StringComparison.Ordinal)..];

        Assert.StartsWith("/* Print", print);
        Assert.Contains(".print-only { display: none; }", print);
        Assert.Contains("@page { margin: 15mm; }", print);
        Assert.Matches(@"\.site-header, \.site-nav, \.site-search, \.breadcrumbs", print);
    }
}
