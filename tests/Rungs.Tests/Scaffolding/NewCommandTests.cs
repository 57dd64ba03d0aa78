using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Scaffolding;
using Rungs.Tests.Support;

namespace Rungs.Tests.Scaffolding;

/// <summary>`rungs new`: generated files build with no diagnostics; bad slugs, missing series and existing files are refused.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_generated_series_and_its_first_class_build_with_no_diagnostics()
    {
        TestSite.Minimal()
            .With(SpecScaffold.SeriesPath("front-office"), SpecScaffold.Series("front-office"))
            .With(SpecScaffold.ClassPath("front-office", "front-office-clerk"), SpecScaffold.Class("front-office", "front-office-clerk", 1))
            .BuildClean();
    }

    [Fact]
    public void A_generated_class_at_the_next_level_of_an_existing_series_builds_with_no_diagnostics()
    {
        var site = TestSite.Minimal()
            .With(SpecScaffold.ClassPath("cs", "cs-lead"), SpecScaffold.Class("cs", "cs-lead", 3, "CS Lead: Team \"A\" #1"))
            .BuildClean();

        Assert.Contains("CS Lead: Team \"A\" #1", site.Text("series/cs/cs-lead/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("[//]", site.Page("series/cs/cs-lead/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_competency_builds_with_no_diagnostics_and_its_notes_do_not_show()
    {
        var site = TestSite.Minimal().With(SpecScaffold.CompetencyPath("teamwork"), SpecScaffold.Competency("teamwork")).BuildClean();

        var page = site.Page("competencies/teamwork/index.html");
        Assert.Contains("Teamwork", site.Text("competencies/teamwork/index.html"), StringComparison.Ordinal);
        Assert.Contains("Exemplary Performance", page, StringComparison.Ordinal);
        Assert.DoesNotContain("performance above target", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_optional_key_is_offered_as_a_comment_and_every_known_section_as_a_heading()
    {
        var text = SpecScaffold.Class("cs", "cs-lead", 3);

        Assert.StartsWith("---\ntitle: \"Cs Lead\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\nlevel: 3   # ", text, StringComparison.Ordinal);
        foreach (var key in new[] { "code", "grade", "flsa", "effective", "ksas", "competencies", "differs_from", "promotes_to", "includes_lower_level_work", "redirect_from", "track", "onet_soc", "isco", "status", "abolished", "superseded_by" })
            Assert.Contains($"\n# {key}: ", text, StringComparison.Ordinal);
        Assert.Contains("\n# grade: \"15\"   # pay grade\n", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "Summary", "Distinguishing Characteristics", "Duties", "Knowledge, Skills and Abilities", "Minimum Qualifications", "Licenses and Certificates" })
            Assert.Contains($"\n## {heading}\n", text, StringComparison.Ordinal);

        var competency = SpecScaffold.Competency("customer-focus");
        Assert.Contains("title: \"Customer Focus\"", competency, StringComparison.Ordinal);
        foreach (var heading in new[] { "Definition", "Exemplary Performance", "Below Target Performance" })
            Assert.Contains($"\n## {heading}\n", competency, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kind_is_written_where_the_content_model_expects_it_and_passes_rungs_check()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);

        foreach (var (args, wrote) in new[]
        {
            (new[] { "new", "series", "front-office" }, "content/series/front-office/_series.md"),
            (["new", "class", "front-office", "clerk", "--level", "1", "--title", "Front Office Clerk"], "content/series/front-office/clerk.md"),
            (["new", "competency", "teamwork"], "content/competencies/teamwork.md"),
        })
        {
            var run = RungsCli.Exec(dir.Path, null, args);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal($"Wrote {wrote}\n", run.Stdout);
        }

        // The files as a person opens them: required keys filled in, optional ones commented out.
        Assert.StartsWith("---\ntitle: \"Front Office\"\n# code: ", File.ReadAllText(Path.Combine(content, "series", "front-office", "_series.md")));
        var clerk = File.ReadAllText(Path.Combine(content, "series", "front-office", "clerk.md"));
        Assert.StartsWith("---\ntitle: \"Front Office Clerk\"\n", clerk);
        Assert.Contains("\nlevel: 1   # order in the series `front-office`; 1 = entry level, unique in the series\n", clerk);
        Assert.StartsWith("---\ntitle: \"Teamwork\"\n", File.ReadAllText(Path.Combine(content, "competencies", "teamwork.md")));

        // And the site they make: each file a page of its kind, with no diagnostics at all.
        Assert.Equal(0, RungsCli.Run("check", "--content", content, "--warnings-as-errors"));
        var site = new BuiltSite(SitePipeline.Run(ContentReader.Read(content, "content"), TestSite.Themes()));
        Assert.Empty(site.Result.Diagnostics);
        Assert.Contains("Front Office", site.Text("series/front-office/index.html"), StringComparison.Ordinal);
        Assert.Contains("Front Office Clerk", site.Text("series/front-office/clerk/index.html"), StringComparison.Ordinal);
        Assert.Contains("Teamwork", site.Text("competencies/teamwork/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void It_refuses_to_overwrite_an_existing_file()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        var before = FolderSnapshot.Take(content);

        Assert.Equal(1, RungsCli.Run("new", "competency", "communication", "--content", content));
        Assert.Equal(1, RungsCli.Run("new", "series", "cs", "--content", content));
        Assert.Equal(1, RungsCli.Run("new", "class", "cs", "cs-assistant", "--level", "1", "--content", content));

        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(content));
    }

    [Theory]
    [InlineData("series", "Front Office")]
    [InlineData("competency", "team_work")]
    public void An_invalid_slug_is_a_usage_error_and_writes_nothing(string kind, string slug)
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        var before = FolderSnapshot.Take(content);

        Assert.Equal(2, RungsCli.Run("new", kind, slug, "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "class", "cs", "CS-Lead", "--level", "3", "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "class", "cs", "cs-lead", "--level", "0", "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "class", "cs", "cs-lead", "--content", content));

        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(content));
    }

    [Fact]
    public void A_class_needs_an_existing_series_and_the_error_says_how_to_make_one()
    {
        using var dir = new TempDirectory();
        var content = dir.Combine("content");
        TestSite.Minimal().WriteTo(content);
        var before = FolderSnapshot.Take(content);

        var run = RungsCli.Exec(dir.Path, null, "new", "class", "front-office", "clerk", "--level", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rungs new series front-office", run.Stderr, StringComparison.Ordinal);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(content));
    }

    [Fact]
    public void It_prints_the_path_it_wrote_and_suggests_a_slug_for_a_bad_one()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        var written = RungsCli.Exec(dir.Path, null, "new", "competency", "teamwork");
        var bad = RungsCli.Exec(dir.Path, null, "new", "series", "Front Office");

        Assert.Equal(0, written.ExitCode);
        Assert.Equal($"Wrote {Path.Combine("content", "competencies", "teamwork.md")}\n", written.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("`front-office`", bad.Stderr, StringComparison.Ordinal);
    }
}
