using System.Text.RegularExpressions;
using Rungs.Publishing;
using Rungs.Tests.Support;

namespace Rungs.Tests.Publishing;

/// <summary>`_redirects` and `_headers`: exact text with and without a base path, and a theme that satisfies the policy.</summary>
public sealed partial class NetlifyFilesTests
{
    private static TestSite Site() => TestSite.Minimal()
        .With("series/cs/cs-representative.md", """
            ---
            title: CS Representative
            code: "CS4808"
            level: 2
            redirect_from: [customer-rep, /specs/4808.html]
            ---

            ## Duties

            - resolves complex inquiries
            """);

    private const string Headers = """
        # Written by `rungs build`: security headers for every page. Do not edit.
        {0}*
          Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
          X-Content-Type-Options: nosniff
          Referrer-Policy: strict-origin-when-cross-origin
          X-Frame-Options: DENY
          Permissions-Policy: camera=(), microphone=(), geolocation=()
        # Asset names are not fingerprinted, so browsers must check for a newer copy before reusing one.
        {0}assets/*
          Cache-Control: public, max-age=0, must-revalidate

        """;

    [Fact]
    public void Redirects_lead_codes_slugs_and_old_addresses_to_the_class_page()
    {
        var site = Site().BuildClean();

        Assert.Equal("""
            # Written by `rungs build`: short links to classes, and old addresses of moved classes. Do not edit.
            /c/4807  /series/cs/cs-assistant/  301
            /c/CS4808  /series/cs/cs-representative/  301
            /c/cs4808  /series/cs/cs-representative/  301
            /c/cs-assistant  /series/cs/cs-assistant/  301
            /c/cs-representative  /series/cs/cs-representative/  301
            /series/cs/customer-rep/  /series/cs/cs-representative/  301
            /specs/4808.html  /series/cs/cs-representative/  301

            """.Replace("\r\n", "\n", StringComparison.Ordinal), site.Page("_redirects"));
        Assert.Equal(string.Format(Headers, "/").Replace("\r\n", "\n", StringComparison.Ordinal), site.Page("_headers"));
    }

    [Fact]
    public void Every_path_starts_with_the_base_urls_path()
    {
        var site = Site().BuildClean(baseUrl: "https://x.org/hr");

        Assert.Equal("""
            # Written by `rungs build`: short links to classes, and old addresses of moved classes. Do not edit.
            /hr/c/4807  /hr/series/cs/cs-assistant/  301
            /hr/c/CS4808  /hr/series/cs/cs-representative/  301
            /hr/c/cs4808  /hr/series/cs/cs-representative/  301
            /hr/c/cs-assistant  /hr/series/cs/cs-assistant/  301
            /hr/c/cs-representative  /hr/series/cs/cs-representative/  301
            /hr/series/cs/customer-rep/  /hr/series/cs/cs-representative/  301
            /hr/specs/4808.html  /hr/series/cs/cs-representative/  301

            """.Replace("\r\n", "\n", StringComparison.Ordinal), site.Page("_redirects"));
        Assert.Equal(string.Format(Headers, "/hr/").Replace("\r\n", "\n", StringComparison.Ordinal), site.Page("_headers"));
    }

    [Fact]
    public void A_path_claimed_twice_is_written_once_with_its_first_target()
    {
        var site = TestSite.Minimal()
            .With("series/cs/cs-assistant.md", TestSite.Minimal().Files["series/cs/cs-assistant.md"].Replace("level: 1", "level: 1\nredirect_from: [old]", StringComparison.Ordinal))
            .With("series/cs/cs-representative.md", TestSite.Minimal().Files["series/cs/cs-representative.md"].Replace("level: 2", "level: 2\nredirect_from: [old, /c/4807]", StringComparison.Ordinal))
            .BuildClean();

        var lines = site.Page("_redirects").Split('\n');
        Assert.Contains("/series/cs/old/  /series/cs/cs-assistant/  301", lines);
        Assert.Single(lines, l => l.StartsWith("/series/cs/old/ ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("/c/4807 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Old Slug]")]
    [InlineData("[/specs/*]")]
    [InlineData("[\"//evil.example/x\"]")]
    public void A_redirect_from_entry_must_be_a_slug_or_a_site_relative_path(string value)
    {
        var result = TestSite.Minimal()
            .With("series/cs/cs-assistant.md", TestSite.Minimal().Files["series/cs/cs-assistant.md"].Replace("level: 1", $"level: 1\nredirect_from: {value}", StringComparison.Ordinal))
            .Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "RUNGS009" && d.Message.Contains("redirect_from", StringComparison.Ordinal));
    }

    // A JSON-LD data block is never run, and the CSP does not apply to it: not an inline script.
    [GeneratedRegex(@"<script\b(?![^>]*\bsrc=)(?! type=""application/ld\+json"")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style\b", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"<[a-z][^>]*\s(style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrHandlerAttribute();

    [Fact]
    public void No_page_of_the_sample_site_needs_what_the_content_security_policy_forbids()
    {
        var result = SampleContent.Result;
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);

        var problems = new List<string>();
        foreach (var page in pages)
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Bytes);
            foreach (var rule in new[] { InlineScript(), StyleElement(), StyleOrHandlerAttribute() })
                problems.AddRange(rule.Matches(html).Select(m => $"{page.Path}: {m.Value}"));
        }

        Assert.True(problems.Count == 0, "inline scripts, styles or event handlers:\n" + string.Join("\n", problems));
        Assert.Contains(result.Files, f => f.Path == NetlifyFiles.HeadersPath);
    }

    [Fact]
    public void The_scan_finds_what_it_looks_for()
    {
        Assert.Matches(InlineScript(), "<script>alert(1)</script>");
        Assert.DoesNotMatch(InlineScript(), "<script src=\"assets/site.js\" defer></script>");
        Assert.Matches(StyleElement(), "<style>p{}</style>");
        Assert.Matches(StyleOrHandlerAttribute(), "<p style=\"color:red\">");
        Assert.Matches(StyleOrHandlerAttribute(), "<a href=\"#\" onclick=\"x()\">");
        Assert.DoesNotMatch(StyleOrHandlerAttribute(), "<a href=\"x\" data-onclick=\"1\">");
    }
}
