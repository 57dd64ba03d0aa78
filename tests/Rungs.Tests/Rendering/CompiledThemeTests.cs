using Rungs.Rendering.Views;
using Rungs.Tests.Support;
using Rungs.ThemeCompiler;
using Scriban.Runtime;

namespace Rungs.Tests.Rendering;

/// <summary>
/// The default theme's templates are the only source of its markup: the C# that renders them fast is generated from them
/// (generator/Rungs.ThemeCompiler), checked in, and must be what the templates compile to today, writing what Scriban writes.
/// </summary>
public sealed class CompiledThemeTests
{
    public static TheoryData<string?> Texts => new()
    {
        "plain words",
        "</script><script>alert(1)</script>",
        "a & b < c > d \"quoted\" 'single'",
        "line\u2028separator and \u00e9t\u00e9 \ud83d\ude00",
        "",
        null,
    };

    [Fact]
    public void The_checked_in_compiled_templates_and_template_reference_are_what_the_default_theme_compiles_to()
    {
        var result = ThemeCompilation.Run(Path.Combine(Repo.Themes, "default"));

        Assert.Empty(result.Errors);
        var changes = GeneratedFiles.Changes(Repo.Root, result.Files);
        Assert.True(changes.Count == 0,
            $"The compiled templates are stale ({string.Join(", ", changes)}): a template in themes/default changed. Run `{CompiledClass.Command}`, then build.");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_compiled_class_table_writes_any_text_as_Scriban_does(string? text)
    {
        var cards = new List<ClassCard>
        {
            new("a", "Title " + text, "series/s/a/index.html", text, 1, "Level " + text, text, text, text, "Series " + text, "series/s/index.html"),
            new("b", "Plain", "series/s/b/index.html", "C1", 2, "Level 2", "12", "Exempt", "HRIS", "Series", "series/s/index.html"),
        };

        foreach (var root in new[] { "", "../", "../../" })
            AssertSameBothWays("class-table.html", new ScriptObject { ["rows"] = cards, ["caption"] = "Classes " + text, ["root"] = root }, "<td class=\"code\" data-label=\"Code\">C1</td>");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Compiled_word_runs_write_any_text_as_Scriban_does(string? text)
    {
        foreach (var change in new[] { "Same", "Added", "Removed" })
            AssertSameBothWays("words.html", new ScriptObject { ["words"] = new List<WordView> { new(change, text!) } }, "");
        var words = new List<WordView> { new("Same", text!), new("Added", text + " new"), new("Removed", "old " + text), new("Same", "end") };
        AssertSameBothWays("words.html", new ScriptObject { ["words"] = words }, "<ins><span class=\"visually-hidden\">added: </span>");
    }

    [Theory]
    [InlineData(2, 12_345, "Classes 1,001–2,000 of 12,345")]
    [InlineData(1, 999, "Classes 1–999 of 999")]
    [InlineData(13, 1_234_567, "Classes 12,001–1,234,567 of 1,234,567")]
    public void Compiled_counts_are_written_with_thousands_separators_as_Scriban_writes_them(int number, int total, string shown)
    {
        var paging = Rungs.Rendering.Pages.ListPaging.Of(number, total, 1000, "ksas/k/index.html");
        if (number == 13) paging = paging with { Last = total }; // a last page that is long, to count millions
        var rows = new List<ClassCard> { new("a", "Title", "series/s/a/index.html", "C1", 1, "Level 1", "12", "Exempt", "HRIS", "Series", "series/s/index.html") };
        AssertSameBothWays("paged-classes.html", new ScriptObject { ["rows"] = rows, ["paging"] = paging, ["label"] = "Pages", ["root"] = "../" }, shown);
    }

    [Fact]
    public void A_template_outside_the_compiled_subset_is_left_to_Scriban_with_the_reason_and_so_is_a_template_including_it()
    {
        using var theme = new TempDirectory();
        theme.WriteText("partials/filtered.html", "{{~ # items: list of string — the items ~}}\n{{ for i in items | array.sort }}{{ i }}{{ end }}\n");
        theme.WriteText("layouts/page.html", "{{~ # items: list of string — the items ~}}\n<main>{{ include 'filtered.html' }}</main>\n");
        theme.WriteText("partials/plain.html", "{{~ # items: list of string — the items ~}}\n{{ for i in items }}{{ i | html.escape }}{{ end }}\n");

        var result = ThemeCompilation.Run(theme.Path);

        Assert.Empty(result.Errors);
        Assert.Equal(
        [
            "themes/default/layouts/page.html(2,10): it includes partials/filtered.html, which Scriban interprets",
            "themes/default/partials/filtered.html(2,13): it uses the filter `array.sort`",
        ], result.Interpreted);
        Assert.Contains(result.Files, f => f.Path.EndsWith("/PlainPartial.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_reads_a_variable_its_head_does_not_declare_is_an_error_naming_the_file_line_and_column()
    {
        using var theme = new TempDirectory();
        theme.WriteText("partials/list.html", "{{~ # items: list of string — the items ~}}\n<ul>\n{{ for i in items }}<li>{{ i }} {{ note }}</li>{{ end }}\n</ul>\n");

        var result = ThemeCompilation.Run(theme.Path);

        Assert.Equal(["themes/default/partials/list.html(3,36): error: it reads `note`, which its head comment does not declare (`# note: type — what it is`)"],
            result.Errors);
    }

    private static void AssertSameBothWays(string partial, ScriptObject globals, string shown)
    {
        var interpreted = DefaultThemePartial.Render(partial, globals);
        Assert.Equal(interpreted, DefaultThemePartial.Render(partial, globals, compiled: true));
        Assert.Contains(shown, interpreted, StringComparison.Ordinal);
    }
}
