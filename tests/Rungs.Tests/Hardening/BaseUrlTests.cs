using Rungs.Tests.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Hardening;

/// <summary>
/// `base_url` (site.yml) and `--base-url` are an absolute http(s) URL of the site's root, without whitespace, control
/// characters, quotes, `&lt;` `&gt;`, user name, query or fragment; anything else is refused (RUNGS009 at the value, or a
/// usage error), and every file that writes the base URL writes it in one normalised form.
/// </summary>
public class BaseUrlTests
{
    private const string ExampleHint = "give the address of the site's root folder, e.g. `base_url: https://hr.example.org/specs/`";

    private static TestSite SiteWithBaseUrl(string yamlValue) => TestSite.Minimal().With("site.yml", $"""
        title: Test Specs
        base_url: {yamlValue}
        """);

    [Theory]
    [InlineData("\"https://x.org/\\nSitemap: https://evil.example/s.xml\"", "https://x.org/\nSitemap: https://evil.example/s.xml",
        "must not contain spaces, line breaks, control characters, quotes, `<` or `>`")]
    [InlineData("\"https://x.org/a b\"", "https://x.org/a b", "must not contain spaces, line breaks, control characters, quotes, `<` or `>`")]
    [InlineData("'https://x.org/\"><script>'", "https://x.org/\"><script>", "must not contain spaces, line breaks, control characters, quotes, `<` or `>`")]
    [InlineData("\"https://x.org/\\e[31m\"", "https://x.org/ [31m", "must not contain spaces, line breaks, control characters, quotes, `<` or `>`")]
    [InlineData("https://x.org/?page=1", "https://x.org/?page=1", "must not have a query (`?…`) or a fragment (`#…`)")]
    [InlineData("\"https://x.org/#top\"", "https://x.org/#top", "must not have a query (`?…`) or a fragment (`#…`)")]
    [InlineData("https://editor:secret@x.org/", "https://editor:secret@x.org/", "must not hold a user name or password")]
    public void A_base_url_that_is_not_a_plain_absolute_address_is_an_error_at_its_value_and_nothing_is_built(string yamlValue, string value, string problem)
    {
        var result = SiteWithBaseUrl(yamlValue).Build();

        var errors = result.Diagnostics.Where(d => d.Code == "RUNGS009").ToList();
        Expect.Diagnostics(errors, Expect.Error("RUNGS009", "content/site.yml", 2, 11, $"`base_url` {problem}, not \"{value}\"", ExampleHint));
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "`base_url: https://javascript:alert(1)`")]
    [InlineData("rungs.example.org", "`base_url: https://rungs.example.org`")]
    public void A_base_url_that_is_not_http_or_https_is_an_error_with_an_example(string value, string example)
    {
        var result = SiteWithBaseUrl(value).Build();

        Expect.Diagnostics(result.Diagnostics.Where(d => d.Code == "RUNGS009").ToList(),
            Expect.Error("RUNGS009", "content/site.yml", 2, 11, $"`base_url` must be an absolute URL starting with https:// or http://, not \"{value}\"", $"e.g. {example}"));
    }

    [Fact]
    public void A_base_url_with_a_line_break_cannot_add_lines_to_robots_txt_or_the_sitemap()
    {
        var result = SiteWithBaseUrl("\"https://x.org/\\nSitemap: https://evil.example/s.xml\"").Build();

        Assert.True(result.HasErrors);
        Assert.DoesNotContain(result.Files, f => f.Path is "robots.txt" or "sitemap.xml");
    }

    [Fact]
    public void Every_file_that_writes_the_base_url_writes_its_normalised_form()
    {
        // Upper case, the default port and a dot segment: what Uri normalises, and the trailing slash the site adds.
        var site = SiteWithBaseUrl("HTTPS://HR.Example.EDU:443/jobs/../specs").BuildClean();
        const string Base = "https://hr.example.edu/specs/";

        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: {Base}sitemap.xml\n", site.Page("robots.txt"));
        Assert.Contains($"<url><loc>{Base}classes/</loc></url>", site.Page("sitemap.xml"));
        var classPage = site.Page("series/cs/cs-assistant/index.html");
        Assert.Contains($"<link rel=\"canonical\" href=\"{Base}series/cs/cs-assistant/\">", classPage);
        Assert.Contains($"<p class=\"print-only print-url\">{Base}series/cs/cs-assistant/</p>", classPage);
        Assert.Contains($"<link rel=\"self\" type=\"application/atom+xml\" href=\"{Base}recent-changes/feed.xml\" />", site.Page("recent-changes/feed.xml"));
        Assert.Contains("/specs/c/4807  /specs/series/cs/cs-assistant/  301", site.Page("_redirects"));
        Assert.Contains($"{Base}series/cs/cs-assistant/", site.Page("classes.csv"));
        Assert.Contains("href=\"/specs/index.html\"", site.Page("404.html"));
        Assert.All(site.Paths, path => Assert.DoesNotContain("Example.EDU", site.Page(path), StringComparison.Ordinal));
    }

    [Fact]
    public void The_base_url_option_is_normalised_the_same_way()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        var run = RungsCli.Exec(dir.Path, GitRepo.Isolated(dir.Path), "build", "--content", "content", "--output", "site", "--base-url", "HTTPS://Jobs.Example.GOV");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.EndsWith("Sitemap: https://jobs.example.gov/sitemap.xml\n", File.ReadAllText(dir.Combine("site", "robots.txt")));
    }

    [Theory]
    [InlineData("https://x.org/\nSitemap: https://evil.example/s.xml", "error: --base-url must not contain spaces, line breaks, control characters, quotes, `<` or `>`, not \"https://x.org/\\nSitemap: https://evil.example/s.xml\"")]
    [InlineData("https://x.org/\u001b[31m", "error: --base-url must not contain spaces, line breaks, control characters, quotes, `<` or `>`, not \"https://x.org/\\e[31m\"")]
    [InlineData("ftp://x.org/", "error: --base-url must be an absolute URL starting with https:// or http://, not \"ftp://x.org/\"")]
    public void A_bad_base_url_option_is_a_usage_error_printed_on_one_line(string value, string message)
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        var run = RungsCli.Exec(dir.Path, GitRepo.Isolated(dir.Path), "build", "--content", "content", "--output", "site", "--base-url", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Stderr.Split('\n')[0]);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.False(Directory.Exists(dir.Combine("site")));
    }
}
