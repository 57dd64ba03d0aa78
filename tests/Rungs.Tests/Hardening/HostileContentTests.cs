using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Hardening;

/// <summary>
/// The fixture site Fixtures/hostile puts an injection payload in every value a reader sees — site settings, titles,
/// codes, lists, headings, list items, links, raw HTML — including `&lt;/script&gt;`, `"&gt;&lt;img onerror&gt;`,
/// U+2028 and template syntax. Built either way raw HTML can be configured, no generated page, data script, JSON
/// export or feed holds anything that would run, and the payloads still show as the text they are.
/// </summary>
public class HostileContentTests
{
    private static BuildResult Build(string? rawHtml = null)
    {
        var folder = Repo.Fixture("hostile");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllText);
        if (rawHtml is not null) files["site.yml"] += $"raw_html: {rawHtml}\n";
        var result = SitePipeline.Run(ContentSources.FromText(files), TestSite.Themes());
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static void AssertNothingRuns(BuildResult result)
    {
        var problems = result.Files.SelectMany(f => ScriptInjection.In(f.Path, f.Bytes).Select(p => $"{f.Path}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(result.Files, f => f.Path.EndsWith(".js", StringComparison.Ordinal) && !f.Path.StartsWith("assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void With_raw_HTML_escaped_by_default_nothing_in_the_output_runs()
    {
        AssertNothingRuns(Build());
    }

    [Fact]
    public void With_the_raw_HTML_allow_list_nothing_in_the_output_runs()
    {
        AssertNothingRuns(Build(rawHtml: "allow-list"));
    }

    [Fact]
    public void Payloads_in_front_matter_show_as_the_text_they_are()
    {
        var site = new BuiltSite(Build());

        var page = site.Text("series/evil/evil-clerk/index.html");
        Assert.Contains("Clerk <img src=x onerror=alert('title')>", page);
        Assert.Contains("\"><svg/onload=alert('grade')>", page);
        Assert.Contains("{{ 7*7 }}", page);
        Assert.Contains("<style>body{display:none}</style>", page);
    }

    [Fact]
    public void Raw_HTML_shows_as_text_by_default_and_only_its_allowed_tags_remain_with_the_allow_list()
    {
        var escaped = new BuiltSite(Build()).Page("series/evil/evil-clerk/index.html");
        var allowed = new BuiltSite(Build(rawHtml: "allow-list")).Page("series/evil/evil-clerk/index.html");

        Assert.Contains("&lt;b onclick=&quot;alert(&#39;bold&#39;)&quot;&gt;file&lt;/b&gt;", escaped);
        Assert.Contains("Clerks <b>file</b> records.", allowed);
        Assert.Contains("<div>block</div>", allowed);
    }

    [Fact]
    public void RUNGS023_every_unsafe_link_and_image_is_a_warning_at_its_place_and_keeps_its_text()
    {
        var result = Build();

        // Each at the `[`, `![` or `<` that starts the link.
        var unsafeLinks = result.Diagnostics.Where(d => d.Code == "RUNGS023")
            .Select(d => $"{d.Position.Path}({d.Position.Line},{d.Position.Column})").ToList();
        Assert.Equal(
            [
                "content/competencies/honesty.md(10,23)",
                "content/job-models/evil-model.md(11,8)",
                "content/series/evil/_series.md(11,21)",
                "content/series/evil/evil-clerk.md(23,17)",
                "content/series/evil/evil-clerk.md(23,53)",
                "content/series/evil/evil-clerk.md(24,33)",
                "content/series/evil/evil-senior-clerk.md(12,17)",
                "content/series/evil/evil-senior-clerk.md(13,34)",
            ],
            unsafeLinks);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        var text = new BuiltSite(result).Text("series/evil/evil-clerk/index.html");
        Assert.Contains("files records here and chart", text);
    }

    [Fact]
    public void RUNGS009_a_nav_link_with_an_unsafe_URL_is_an_error_at_its_value()
    {
        var result = TestSite.Minimal().With("site.yml", "title: Test Specs\nnav:\n  - title: Home\n    url: \"javascript:alert(1)\"\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS009", "content/site.yml", 4, 10, "the nav `url` \"javascript:alert(1)\" uses the unsafe `javascript:` scheme",
                "write a site-relative path (e.g. `classes/`) or an http:, https: or mailto: URL"));
    }

    [Fact]
    public void The_checker_itself_finds_each_kind_of_executable_content()
    {
        Assert.NotEmpty(ScriptInjection.In("a.html", "<script>alert(1)</script>"u8.ToArray()));
        Assert.NotEmpty(ScriptInjection.In("a.html", "<p onclick=\"x\">t</p>"u8.ToArray()));
        Assert.NotEmpty(ScriptInjection.In("a.html", "<a href=\" java&#x09;script:x\">t</a>"u8.ToArray()));
        Assert.NotEmpty(ScriptInjection.In("a.html", "<img src=x onerror=alert(1)>"u8.ToArray()));
        Assert.NotEmpty(ScriptInjection.In("a.html", "<iframe src=\"https://x/\"></iframe>"u8.ToArray()));
        Assert.NotEmpty(ScriptInjection.In("search/docs/0.js", "rungsSearch(\"docs/0\", {\"t\":\"\"});alert(1);//\"});"u8.ToArray()));
        Assert.NotEmpty(ScriptInjection.In("search/docs/0.js", "rungsSearch(\"docs/0\", {\"t\":\"\u2028\"});"u8.ToArray()));
        Assert.Empty(ScriptInjection.In("a.html", "<a href=\"../x/index.html#y\">t</a><script src=\"../assets/site.js\" defer></script>"u8.ToArray()));
    }
}
