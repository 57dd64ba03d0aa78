using Rungs.Tests.Support;

namespace Rungs.Tests.Themes;

/// <summary>
/// A site overrides the built-in theme file by file: its own themes/default/ replaces single templates of the
/// default theme, and `theme: name` layers themes/name/ on top, so a theme holds only what it changes.
/// Fixtures: tests/Rungs.Tests/Fixtures/home-override and Fixtures/custom-theme.
/// </summary>
public class ThemeOverrideTests
{
    private const string Class = "series/cs/cs-assistant/index.html";

    [Fact]
    public void A_site_home_layout_replaces_the_default_home_page()
    {
        var fixture = Repo.Fixture("home-override");
        var site = TestSite.Minimal().BuildClean(siteThemes: Path.Combine(fixture, "themes"), displayBase: fixture);

        var home = site.Page("index.html");
        Assert.Contains("""<section class="custom-home">""", home);
        Assert.Contains("<h1>Welcome to Test Specs</h1>", home);
        Assert.Contains("<p>2 classes in 1 series.</p>", home);
        Assert.DoesNotContain("Career ladders", home);
        // The page is still wrapped in the default base layout.
        Assert.Contains("""<a class="site-title" href="index.html">Test Specs</a>""", home);
    }

    [Fact]
    public void Other_pages_keep_the_default_theme_when_only_the_home_page_is_overridden()
    {
        var fixture = Repo.Fixture("home-override");
        var overridden = TestSite.Minimal().BuildClean(siteThemes: Path.Combine(fixture, "themes"), displayBase: fixture);
        var plain = TestSite.Minimal().BuildClean();

        foreach (var path in plain.Paths.Where(p => p != "index.html"))
            Assert.Equal(plain.Page(path), overridden.Page(path));
    }

    [Fact]
    public void A_named_theme_that_overrides_one_partial_changes_only_what_that_partial_renders()
    {
        var fixture = Repo.Fixture("custom-theme");
        var site = TestSite.Minimal()
            .With("site.yml", File.ReadAllText(Path.Combine(fixture, "site.yml")))
            .BuildClean(siteThemes: Path.Combine(fixture, "themes"), displayBase: fixture);

        var page = site.Page(Class);
        Assert.Contains("""<ul class="custom-facts">""", page);
        Assert.Contains("""<li data-fact="grade">Pay grade: 13</li>""", page);
        Assert.Contains("""<li data-fact="flsa">FLSA status: Non-exempt</li>""", page);
        Assert.DoesNotContain("""<dl class="facts">""", page);
        // The class layout itself is still the default one.
        Assert.Contains("""<nav class="ladder-nav" aria-label="Levels of this series">""", page);
        Assert.Contains("""<ul class="custom-facts">""", site.Page("series/cs/index.html"));
        Assert.Contains("Career ladders", site.Page("index.html"));
    }

    [Fact]
    public void A_named_theme_without_the_override_would_render_exactly_like_the_default()
    {
        var fixture = Repo.Fixture("custom-theme");
        var custom = TestSite.Minimal()
            .With("site.yml", File.ReadAllText(Path.Combine(fixture, "site.yml")))
            .BuildClean(siteThemes: Path.Combine(fixture, "themes"), displayBase: fixture);
        var plain = TestSite.Minimal().With("site.yml", File.ReadAllText(Path.Combine(fixture, "site.yml")).Replace("theme: custom\n", "")).BuildClean();

        // Pages that show no facts are identical; pages with facts differ only inside the facts block.
        Assert.Equal(plain.Page("classes/index.html"), custom.Page("classes/index.html"));
        Assert.Equal(plain.Page("ksas/grammar/index.html"), custom.Page("ksas/grammar/index.html"));
        Assert.NotEqual(plain.Page(Class), custom.Page(Class));
    }

    [Fact]
    public void The_command_line_finds_the_site_themes_folder_beside_the_content_folder()
    {
        using var root = new TempDirectory();
        TestSite.Minimal().WriteTo(root.Combine("content"));
        var layout = File.ReadAllText(Path.Combine(Repo.Fixture("home-override"), "themes", "default", "layouts", "home.html"));
        root.WriteText("themes/default/layouts/home.html", layout);

        Assert.Equal(0, RungsCli.Run("build", "--content", root.Combine("content"), "--output", root.Combine("output")));

        Assert.Contains("<h1>Welcome to Test Specs</h1>", File.ReadAllText(root.Combine("output", "index.html")));
        Assert.Contains("""<nav class="ladder-nav" """, File.ReadAllText(root.Combine("output", "series", "cs", "cs-assistant", "index.html")));
    }

    [Fact]
    public void A_site_words_partial_shows_on_every_comparison_instead_of_the_built_in_markup()
    {
        using var dir = new TempDirectory();
        dir.WriteText("themes/default/partials/words.html",
            "{{~ for w in words ~}}{{ if !for.first }} {{ end }}<mark data-change=\"{{ w.change }}\">{{ w.text | html.escape }}</mark>{{ end ~}}");

        var site = TestSite.Minimal().BuildClean(siteThemes: dir.Combine("themes"), displayBase: dir.Path);

        var comparisons = site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && site.Page(p).Contains("class=\"item-diff\"")).ToList();
        Assert.NotEmpty(comparisons);
        Assert.All(comparisons, p =>
        {
            Assert.Contains("<mark data-change=\"Added\">", site.Page(p));
            Assert.DoesNotContain("<span class=\"visually-hidden\">added: </span>", site.Page(p));
        });
    }
}
