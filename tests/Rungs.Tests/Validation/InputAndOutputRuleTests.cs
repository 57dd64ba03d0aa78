using System.Text;
using Rungs.Input;
using Rungs.Output;
using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Validation;

/// <summary>
/// The rules about the site as a whole and its edges: RUNGS001 (readable files), RUNGS016 (site.yml and theme),
/// RUNGS017 (stray files), RUNGS018 (templates) and RUNGS020 (the output folder).
/// </summary>
public class InputAndOutputRuleTests
{
    [Fact]
    public void RUNGS001_a_file_that_is_not_UTF8_is_reported_at_the_first_bad_byte()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        // "---\n" is 4 bytes and "title: Caf" 10 more, so the Latin-1 é (0xE9) is byte 14: line 2, column 11.
        dir.WriteBytes("content/ksas/cafe.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);

        var result = SitePipeline.Run(ContentReader.Read(content, "content"), TestSite.Themes());

        Expect.Diagnostics(result,
            Expect.Error("RUNGS001", "content/ksas/cafe.md", 2, 11, "the file is not UTF-8 text (it may be binary, or saved in another encoding)",
                "save the file as UTF-8 in your editor"));
    }

    [Fact]
    public void RUNGS001_a_later_bad_byte_is_located_on_its_own_line()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        // Line 4 is "summary: na" + 0xEF 0xBF (a truncated 3-byte sequence) + "ve".
        dir.WriteBytes("content/ksas/naive.md", [.. "---\ntitle: Naive\nkind: skill\nsummary: na"u8, 0xEF, 0xBF, .. "ve\n---\n"u8]);

        var result = SitePipeline.Run(ContentReader.Read(content, "content"), TestSite.Themes());

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS001", "content/ksas/naive.md", 4, 12), (d.Code, d.Position.Path, d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void RUNGS016_a_content_folder_without_site_yml_is_reported()
    {
        var result = TestSite.Minimal().Without("site.yml").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS016", "content/site.yml", 1, 1, "the content folder has no site.yml", "create content/site.yml with at least a line `title: …`"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS016_a_content_folder_that_does_not_exist_is_reported()
    {
        using var dir = new TempDirectory();

        var result = SitePipeline.Run(ContentReader.Read(dir.Combine("nowhere"), "nowhere"), TestSite.Themes());

        Assert.Contains(result.Diagnostics, d => d.Code == "RUNGS016" && d.Message == "the content folder does not exist"
                                                 && d.Position == new Rungs.Diagnostics.SourcePosition("nowhere", 1, 1));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS016_a_theme_that_does_not_exist_is_reported_at_the_theme_value()
    {
        var result = TestSite.Minimal().With("site.yml", """
            title: Test Specs
            theme: corporate
            """).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS016", "content/site.yml", 2, 8, "the theme `corporate` does not exist",
                "create themes/corporate/ beside the content folder, or remove `theme:` to use the default theme"));
    }

    [Fact]
    public void RUNGS016_a_theme_that_does_not_exist_is_reported_and_nothing_is_built()
    {
        var result = TestSite.Minimal().With("site.yml", """
            title: Test Specs
            theme: corporate
            """).Build();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS016", "content/site.yml"), (d.Code, d.Position.Path));
        Assert.Equal("the theme `corporate` does not exist", d.Message);
        Assert.Equal("create themes/corporate/ beside the content folder, or remove `theme:` to use the default theme", d.Hint);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS017_a_Markdown_file_outside_the_known_folders_is_a_warning_and_the_site_still_builds()
    {
        var result = TestSite.Minimal()
            .With("notes/todo.md", "# things to do\n")
            .With("series/readme.md", "---\ntitle: About series\n---\n")
            .Build();

        const string Hint = "classes go in series/<series>/, and other specs in competencies/, ksas/ or job-models/";
        Expect.Diagnostics(result,
            Expect.Warning("RUNGS017", "content/notes/todo.md", 1, 1, "this file is not in a known folder and is not published", Hint),
            Expect.Warning("RUNGS017", "content/series/readme.md", 1, 1, "this file is not in a known folder and is not published", Hint));
        Assert.False(result.HasErrors);
        Assert.Contains(result.Files, f => f.Path == "index.html");
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("todo", StringComparison.Ordinal) || f.Path.Contains("readme", StringComparison.Ordinal));
    }

    [Fact]
    public void RUNGS018_a_template_that_does_not_parse_is_reported_in_the_template_file()
    {
        using var root = new TempDirectory();
        // Line 3 opens an `if` that is never closed; Scriban notices at the end of that line (column 24).
        root.WriteText("themes/default/partials/facts.html", "<dl class=\"facts\">\n{{ for f in facts }}<dt>{{ f.label }}</dt>{{ end }}\n{{ if facts.size > 0 }}\n</dl>\n");

        var result = TestSite.Minimal().Build(siteThemes: root.Combine("themes"), displayBase: root.Path);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS018", "themes/default/partials/facts.html", 3, 24,
                "template error: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if", null));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS018_a_template_that_fails_while_rendering_names_the_template_and_the_page()
    {
        using var root = new TempDirectory();
        // Line 2, column 4: a variable no page model has.
        root.WriteText("themes/default/layouts/home.html", "<h1>{{ site.title }}</h1>\n<p>{{ no_such_value }}</p>\n");

        var result = TestSite.Minimal().Build(siteThemes: root.Combine("themes"), displayBase: root.Path);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS018", "themes/default/layouts/home.html", 2, 7), (d.Code, d.Position.Path, d.Position.Line, d.Position.Column));
        Assert.StartsWith("template error while rendering index.html: ", d.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_value", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS018_a_template_that_fails_inside_a_partial_names_the_partial()
    {
        using var root = new TempDirectory();
        // Line 2, column 6 of the partial: a variable no page model has.
        root.WriteText("themes/default/partials/facts.html", "<dl>\n  {{ no_such_thing }}\n</dl>\n");

        var result = TestSite.Minimal().Build(siteThemes: root.Combine("themes"), displayBase: root.Path);

        // One error for each page that includes the partial, each naming the page and what is wrong.
        Expect.Diagnostics(result,
        [
            .. from page in new[] { "series/cs/cs-assistant/index.html", "series/cs/cs-representative/index.html", "series/cs/index.html" }
               select Expect.Error("RUNGS018", "themes/default/partials/facts.html", 2, 6,
                   $"template error while rendering {page}: The variable or function `no_such_thing` was not found", null),
        ]);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_base_url_that_is_not_an_absolute_URL_is_reported_at_its_value()
    {
        var result = TestSite.Minimal().With("site.yml", """
            title: Test Specs
            base_url: rungs.example.org
            """).Build();

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Position == new Rungs.Diagnostics.SourcePosition("content/site.yml", 2, 11)
                                                 && d.Message.Contains("base_url", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Markdown_file_with_an_upper_case_extension_is_not_silently_ignored()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        dir.WriteText("content/series/cs/cs-specialist.MD", "---\ntitle: CS Specialist\nlevel: 3\n---\n");

        var result = SitePipeline.Run(ContentReader.Read(content, "content"), TestSite.Themes());

        Assert.Contains(result.Diagnostics, d => d.Position.Path == "content/series/cs/cs-specialist.MD");
    }

    [Fact]
    public void RUNGS020_an_output_folder_inside_the_content_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        var output = dir.Combine("content", "site");
        TestSite.Minimal().WriteTo(content);

        Expect.Diagnostics(SiteWriter.CheckTarget(output, content),
            Expect.Error("RUNGS020", output, 1, 1, "the output folder is the content folder or inside it",
                "choose an output folder outside the content, e.g. --output output"));
    }

    [Fact]
    public void RUNGS020_the_content_folder_itself_as_output_is_refused()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);

        var d = Assert.Single(SiteWriter.CheckTarget(content + "/", content));
        Assert.Equal(("RUNGS020", "the output folder is the content folder or inside it"), (d.Code, d.Message));
    }

    [Fact]
    public void RUNGS020_an_output_folder_that_contains_the_content_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("site", "content");
        var output = dir.Combine("site");
        TestSite.Minimal().WriteTo(content);

        Expect.Diagnostics(SiteWriter.CheckTarget(output, content),
            Expect.Error("RUNGS020", output, 1, 1, "the output folder contains the content folder, and building would replace it",
                "choose an output folder of its own, e.g. --output output"));
    }

    [Fact]
    public void RUNGS020_a_non_empty_folder_not_made_by_Rungs_is_refused_and_left_untouched()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        dir.WriteText("docs/report.txt", "mine");

        Expect.Diagnostics(SiteWriter.CheckTarget(dir.Combine("docs"), content),
            Expect.Error("RUNGS020", dir.Combine("docs"), 1, 1, "the output folder is not empty and was not made by Rungs, so it is left untouched",
                "empty or remove the folder, or choose another with --output"));
        Assert.Equal("mine", File.ReadAllText(dir.Combine("docs", "report.txt")));
    }

    [Fact]
    public void An_empty_folder_a_missing_folder_and_an_earlier_Rungs_output_may_all_be_replaced()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        Directory.CreateDirectory(dir.Combine("empty"));
        dir.WriteText("previous/" + SiteWriter.MarkerFile, "made by rungs");
        dir.WriteText("previous/index.html", "<p>old</p>");

        Assert.Empty(SiteWriter.CheckTarget(dir.Combine("empty"), content));
        Assert.Empty(SiteWriter.CheckTarget(dir.Combine("missing"), content));
        Assert.Empty(SiteWriter.CheckTarget(dir.Combine("previous"), content));
    }

    [Fact]
    public void Writing_a_site_creates_every_file_and_the_marker()
    {
        using var dir = new TempDirectory();
        var files = new List<Rungs.Output.OutputFile>
        {
            new("index.html", Encoding.UTF8.GetBytes("<p>home</p>")),
            new("series/cs/index.html", Encoding.UTF8.GetBytes("<p>cs</p>")),
        };

        SiteWriter.Write(dir.Combine("out"), files);

        Assert.Equal("<p>home</p>", File.ReadAllText(dir.Combine("out", "index.html")));
        Assert.Equal("<p>cs</p>", File.ReadAllText(dir.Combine("out", "series", "cs", "index.html")));
        Assert.True(File.Exists(dir.Combine("out", SiteWriter.MarkerFile)));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }
}
