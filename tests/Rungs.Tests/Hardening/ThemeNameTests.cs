using Rungs.Tests.Support;

namespace Rungs.Tests.Hardening;

/// <summary>
/// `theme:` in site.yml is a name (`[a-z0-9-]+`) of a folder under the site's `themes/` or the built-in themes, never a
/// path: anything else is an error at the value, and neither `check` nor `build` reads a file outside the theme roots.
/// </summary>
public class ThemeNameTests
{
    private const string Hint = "write the name of a folder under themes/ beside the content folder (lowercase letters, digits and hyphens), "
                                + "e.g. `theme: corporate`, or remove `theme:` to use the default theme";

    private static TestSite SiteWithTheme(string yamlValue) => TestSite.Minimal().With("site.yml", $"""
        title: Test Specs
        theme: {yamlValue}
        """);

    [Theory]
    [InlineData("\"/usr/share\"", "/usr/share")]
    [InlineData("../elsewhere", "../elsewhere")]
    [InlineData("corporate/../../x", "corporate/../../x")]
    [InlineData("Corporate", "Corporate")]
    [InlineData("\"my theme\"", "my theme")]
    public void A_theme_that_is_not_a_name_is_an_error_at_the_value_and_nothing_is_built(string yamlValue, string theme)
    {
        var result = SiteWithTheme(yamlValue).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS016", "content/site.yml", 2, 8, $"`theme` must be a theme's name, not \"{theme}\"", Hint));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void The_theme_source_never_reads_a_folder_named_by_a_path()
    {
        using var dir = new TempDirectory();
        dir.WriteText("outside/layouts/base.html", "outside");

        Assert.Null(TestSite.Themes().Load(dir.Combine("outside")));
        Assert.Null(TestSite.Themes(siteThemes: dir.Combine("themes")).Load("../outside"));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void Check_and_build_fail_alike_on_a_theme_given_as_an_absolute_path_and_read_nothing_there(string command)
    {
        using var dir = new TempDirectory();
        // A folder that would pass for a theme: were it read, the build would use its base layout.
        dir.WriteText("elsewhere/layouts/base.html", "read from outside the theme roots");
        SiteWithTheme($"\"{dir.Combine("elsewhere")}\"").WriteTo(dir.Combine("content"));

        var run = command == "build"
            ? RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "output")
            : RungsCli.Exec(dir.Path, null, "check", "--content", "content");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"content/site.yml(2,8): error RUNGS016: `theme` must be a theme's name, not \"{dir.Combine("elsewhere")}\"\n    hint: {Hint}\n",
            run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Combine("output")));
    }
}
