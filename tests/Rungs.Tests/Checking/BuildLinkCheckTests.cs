using Rungs.Diagnostics;
using Rungs.Tests.Support;

namespace Rungs.Tests.Checking;

/// <summary>
/// The build checks every link and fragment of every page it renders: a broken one fails the build with an error
/// naming the content file it came from (or the theme layout, for site pages), and the previous output stays.
/// </summary>
public class BuildLinkCheckTests
{
    [Fact]
    public void A_link_in_content_to_a_page_the_build_does_not_make_fails_the_build_in_that_file()
    {
        var result = TestSite.Minimal().With("ksas/grammar.md", "---\ntitle: Grammar\n---\n\nSee [writing](../writing/index.html).\n").Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("content/ksas/grammar.md(1,1)", error.Position.ToString());
        Assert.Equal("the link `../writing/index.html` leads to ksas/writing/index.html, which the build does not generate (on ksas/grammar/index.html)",
            error.Message);
        Assert.True(result.HasErrors);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_link_in_a_class_to_a_missing_anchor_fails_the_build_in_the_class_file()
    {
        var site = TestSite.Minimal();
        var path = "series/cs/cs-assistant.md";
        var result = site.With(path, site.Files[path] + "\nSee [the duties](#no-such-heading).\n").Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal("content/" + path, error.Position.Path);
        Assert.Contains("which has no id \"no-such-heading\"", error.Message);
    }

    [Fact]
    public void Links_to_existing_pages_anchors_and_other_sites_pass()
    {
        var site = TestSite.Minimal();
        var path = "series/cs/cs-representative.md";
        var result = site.With(path, site.Files[path]
            + "\nSee [the assistant](../cs-assistant/), [its duties](../cs-assistant/#duties), [grammar](../../../ksas/grammar/) and [the law](https://example.org/flsa).\n")
            .Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Rungs_build_exits_1_naming_the_file_and_keeps_the_previous_site()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        Assert.Equal(0, RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "output").ExitCode);
        var before = FolderSnapshot.Take(dir.Combine("output"));
        dir.WriteText("content/ksas/grammar.md", "---\ntitle: Grammar\n---\n\nSee [writing](../writing/).\n");

        var run = RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "output");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/ksas/grammar.md(1,1): error RUNGS025: the link `../writing/` leads to ksas/writing/index.html", run.Stderr);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(dir.Combine("output")));
    }
}
