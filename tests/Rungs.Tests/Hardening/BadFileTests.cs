using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Hardening;

/// <summary>
/// Files that are not specs at all — binary files, empty files, Markdown nested past any sense — and content folders
/// that are empty: each gets one plain diagnostic at a file, line and column, and the build renders nothing.
/// </summary>
public class BadFileTests
{
    private static BuildResult BuildFolder(Action<TempDirectory> write, TempDirectory dir)
    {
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        write(dir);
        return SitePipeline.Run(ContentReader.Read(dir.Combine("content"), "content"), TestSite.Themes());
    }

    [Fact]
    public void RUNGS001_a_binary_file_that_happens_to_be_valid_UTF8_is_reported_at_its_first_NUL_byte()
    {
        using var dir = new TempDirectory();

        var result = BuildFolder(d => d.WriteBytes("content/ksas/logo.md", [.. "---\ntitle: Logo\n"u8, 0, 0, 0, 1, 2]), dir);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS001", "content/ksas/logo.md", 3, 1, "the file is binary, not text (it holds NUL bytes)",
                "content files are Markdown or YAML text; move other files out of the content folder"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS001_an_image_saved_under_a_md_name_is_reported_as_not_text()
    {
        using var dir = new TempDirectory();
        byte[] png = [0x89, .. "PNG\r\n"u8, 0x1A, (byte)'\n', 0, 0, 0, 0x0D, .. "IHDR"u8];

        var result = BuildFolder(d => d.WriteBytes("content/competencies/chart.md", png), dir);

        // The PNG signature's `\r\n`, then 0x1A and `\n`: the first NUL byte starts line 3.
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS001", "content/competencies/chart.md", 3, 1, "the file is binary, not text (it holds NUL bytes)"),
            (d.Code, d.Position.Path, d.Position.Line, d.Position.Column, d.Message));
    }

    [Fact]
    public void RUNGS002_a_file_of_zero_bytes_is_reported_as_empty()
    {
        using var dir = new TempDirectory();

        var result = BuildFolder(d => d.WriteBytes("content/ksas/blank.md", []), dir);

        Expect.Diagnostics(result,
            Expect.Error("RUNGS002", "content/ksas/blank.md", 1, 1, "the file is empty",
                "start the file with front matter: a line `---`, the fields (e.g. `title: …`), and another `---`"));
    }

    [Fact]
    public void RUNGS007_an_empty_site_yml_is_reported_as_missing_its_title()
    {
        var result = TestSite.Minimal().With("site.yml", "").Build();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS007", "content/site.yml", 1, 1, "the required key `title` is missing"),
            (d.Code, d.Position.Path, d.Position.Line, d.Position.Column, d.Message));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS016_an_empty_content_folder_is_reported_as_having_no_site_yml()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("content"));

        var result = SitePipeline.Run(ContentReader.Read(dir.Combine("content"), "content"), TestSite.Themes());

        Expect.Diagnostics(result,
            Expect.Error("RUNGS016", "content/site.yml", 1, 1, "the content folder has no site.yml", "create content/site.yml with at least a line `title: …`"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS024_ten_thousand_nested_quotes_in_the_text_are_refused_at_their_line()
    {
        var result = TestSite.Minimal().With("series/cs/cs-specialist.md",
            "---\ntitle: CS Specialist\nlevel: 3\n---\n\n## Duties\n\n" + new string('>', 10_000) + " serves clients\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS024", "content/series/cs/cs-specialist.md", 8, 1, "the text nests quotes, lists, links or emphasis more than 100 levels deep",
                "look for a long run of `>`, list markers, `[` or `*` at the start of a line or inside it; no spec needs this depth"));
    }

    [Fact]
    public void RUNGS024_emphasis_nested_past_the_limit_is_refused_too()
    {
        var text = new string('*', 3_000) + "x" + new string('*', 3_000);

        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", $"---\ntitle: CS Specialist\nlevel: 3\n---\n\n{text}\n").Build();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RUNGS024", "content/series/cs/cs-specialist.md", 6), (d.Code, d.Position.Path, d.Position.Line));
        Assert.True(d.Position.Column >= 1);
    }

    [Fact]
    public void Lists_nested_a_few_levels_deep_are_read_as_usual()
    {
        var list = string.Concat(Enumerable.Range(0, 8).Select(i => new string(' ', i * 2) + "- level " + (i + 1) + "\n"));

        var result = TestSite.Minimal().With("series/cs/cs-specialist.md", $"---\ntitle: CS Specialist\nlevel: 3\n---\n\n## Duties\n\n{list}").Build();

        Assert.Empty(result.Diagnostics);
        // Each level inside the one above, all eight in the Duties section of the class page.
        var nested = string.Concat(Enumerable.Range(1, 7).Select(i => $"<ul>\n<li>level {i}\n")) + "<ul>\n<li>level 8</li>\n</ul>\n"
            + string.Concat(Enumerable.Repeat("</li>\n</ul>\n", 7));
        var duties = Html.Element(new BuiltSite(result).Page("series/cs/cs-specialist/index.html"), "section", "aria-labelledby=\"duties\"");
        Assert.Contains(nested, duties, StringComparison.Ordinal);
    }
}
