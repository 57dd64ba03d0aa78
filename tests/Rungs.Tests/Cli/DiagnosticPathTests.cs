using Rungs.Input;
using Rungs.Tests.Support;

namespace Rungs.Tests.Cli;

/// <summary>
/// Diagnostics name files the way the user named the content folder (issue 20.9): as typed on the command line, relative
/// or absolute; never a `../../tmp/…` path worked out from the working folder when the user typed something else.
/// </summary>
public sealed class DiagnosticPathTests
{
    private const string Error = "/series/cs/cs-assistant.md(5,1): error RUNGS006: unknown key `grde`";

    /// <summary>
    /// A site at site/content whose cs-assistant has an unknown key on line 5 (or, with <paramref name="brokenTheme"/>, whose
    /// own theme has a broken home template), and a work folder a/b beside it.
    /// </summary>
    private static TempDirectory SiteWithAnError(bool brokenTheme = false)
    {
        var dir = new TempDirectory();
        var site = TestSite.Minimal();
        if (brokenTheme) site.WriteTo(dir.Combine("site", "content"));
        else site.With("series/cs/cs-assistant.md", site.Files["series/cs/cs-assistant.md"].Replace("level: 1\n", "level: 1\ngrde: \"13\"\n"))
            .WriteTo(dir.Combine("site", "content"));
        Directory.CreateDirectory(dir.Combine("a", "b"));
        if (brokenTheme) dir.WriteText("site/themes/default/layouts/home.html", "{{ if }}");
        return dir;
    }

    [Theory]
    [InlineData("a/b", "../../site/content", "../../site/content")]
    [InlineData("a/b", "../../site/content/", "../../site/content")]
    [InlineData("site", "./content", "content")]
    [InlineData("site/content", ".", ".")]
    public void A_relative_content_folder_is_printed_as_typed(string workingFolder, string typed, string printed)
    {
        using var dir = SiteWithAnError();

        var run = RungsCli.Exec(dir.Combine(workingFolder.Split('/')), null, "check", "--content", typed);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(printed + Error, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_content_folder_is_printed_as_content()
    {
        using var dir = SiteWithAnError();

        var run = RungsCli.Exec(dir.Combine("site"), null, "check");

        Assert.StartsWith("content" + Error, run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void An_absolute_content_folder_is_printed_absolute_from_any_working_folder(string command)
    {
        using var dir = SiteWithAnError();
        var content = dir.Combine("site", "content");

        var run = command == "build"
            ? RungsCli.Exec(dir.Combine("a", "b"), null, "build", "--content", content, "--output", dir.Combine("out"))
            : RungsCli.Exec(dir.Combine("a", "b"), null, "check", "--content", content);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(content + Error, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("../", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_theme_beside_the_content_folder_is_printed_from_the_content_folders_parent_as_typed()
    {
        using var dir = SiteWithAnError(brokenTheme: true);

        var relative = RungsCli.Exec(dir.Combine("a", "b"), null, "check", "--content", "../../site/content");
        var absolute = RungsCli.Exec(dir.Combine("a", "b"), null, "check", "--content", dir.Combine("site", "content"));

        Assert.Contains(relative.Stderr.Split('\n'), line => line.StartsWith("../../site/themes/default/layouts/home.html(1,7): error RUNGS018", StringComparison.Ordinal));
        Assert.Contains(absolute.Stderr.Split('\n'), line => line.StartsWith(dir.Combine("site", "themes", "default", "layouts", "home.html") + "(1,7): error RUNGS018", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("content", "content", "")]
    [InlineData("content/", "content", "")]
    [InlineData("./content", "content", "")]
    [InlineData("a//b/content", "a/b/content", "a/b")]
    [InlineData("../../tmp/x/content", "../../tmp/x/content", "../../tmp/x")]
    [InlineData("/tmp/x/content/", "/tmp/x/content", "/tmp/x")]
    [InlineData("/content", "/content", "/")]
    [InlineData(".", ".", "..")]
    [InlineData("..", "..", "../..")]
    [InlineData("a\\content", "a/content", "a")]
    public void A_typed_folder_is_cleaned_and_its_parent_written_as_typed(string typed, string clean, string parent)
    {
        Assert.Equal((clean, parent), (TypedPath.Clean(typed), TypedPath.ParentOf(typed)));
        Assert.Equal("/tmp/x/themes/t.html", new DisplayBase("/tmp/x", "/tmp/x").Show("/tmp/x/themes/t.html"));
        Assert.Equal("/usr/lib/rungs/themes/t.html", new DisplayBase("/tmp/x", "../x").Show("/usr/lib/rungs/themes/t.html"));
    }
}
