using Rungs.Tests.Support;

namespace Rungs.Tests.Linking;

/// <summary>
/// Class slugs are unique within a series, not across the site. A reference written as a bare slug names the class of
/// the referring class's series first, then the one class of the site with that slug; `series/slug` always works; a bare
/// slug several other series have is RUNGS031, at the entry, listing the candidates.
/// </summary>
public sealed class ClassReferenceResolutionTests
{
    private const string Representative = "content/series/cs/cs-representative.md";

    private static string RepresentativeWith(string line) =>
        $"---\ntitle: CS Representative\ncode: \"4808\"\nlevel: 2\n{line}\n---\n";

    [Fact]
    public void Two_series_may_each_have_a_class_with_the_same_slug_and_each_has_its_page()
    {
        var site = TwinSlugSite.Build().BuildClean();

        Assert.Contains("Office Clerk 1", site.Text("series/office/clerk-1/index.html"));
        Assert.Contains("Library Clerk 1", site.Text("series/library/clerk-1/index.html"));
    }

    [Fact]
    public void A_bare_slug_names_the_class_of_the_referring_class_series_first()
    {
        var site = TwinSlugSite.Build().BuildClean();

        // Office Clerk 2 differs from `clerk-1`: the office one, shown on its page and listing it back.
        var officeClerk2 = site.Page("series/office/clerk-2/index.html");
        Assert.Contains("series/office/clerk-1/index.html", officeClerk2);
        Assert.DoesNotContain("series/library/clerk-1/index.html", officeClerk2);
        Assert.Contains("Library Clerk 2", site.Text("series/library/clerk-1/index.html"));
        Assert.DoesNotContain("Office Clerk 2", site.Text("series/library/clerk-1/index.html"));
    }

    [Fact]
    public void A_bare_slug_only_one_series_has_names_that_class_from_anywhere()
    {
        var site = TwinSlugSite.Build()
            .With("job-models/client-service.md", "---\ntitle: Client Service Specialist\nclasses: [cs-representative, clerk-3]\n---\n")
            .BuildClean();

        Assert.Contains("Library Clerk 3", site.Text("job-models/client-service/index.html"));
        Assert.Contains("Client Service Specialist", site.Text("series/library/clerk-3/index.html"));
    }

    [Fact]
    public void Series_slash_slug_names_one_of_the_twins_from_anywhere()
    {
        var site = TwinSlugSite.Build()
            .With("job-models/client-service.md", "---\ntitle: Client Service Specialist\nclasses: [library/clerk-1]\n---\n")
            .With("series/cs/cs-representative.md", RepresentativeWith("differs_from: [office/clerk-1]"))
            .BuildClean();

        Assert.Contains("Library Clerk 1", site.Text("job-models/client-service/index.html"));
        Assert.DoesNotContain("Office Clerk 1", site.Text("job-models/client-service/index.html"));
        Assert.Contains("Client Service Specialist", site.Text("series/library/clerk-1/index.html"));
        Assert.DoesNotContain("Client Service Specialist", site.Text("series/office/clerk-1/index.html"));
        Assert.Contains("series/office/clerk-1/index.html", site.Page("series/cs/cs-representative/index.html"));
        Assert.Contains("CS Representative", site.Text("series/office/clerk-1/index.html"));
    }

    [Fact]
    public void RUNGS031_a_bare_slug_two_other_series_have_is_reported_at_the_entry_with_the_candidates()
    {
        // Line 5: `differs_from: [clerk-1]`, the item at column 16; the cs series has no clerk-1.
        var result = TwinSlugSite.Build().With("series/cs/cs-representative.md", RepresentativeWith("differs_from: [clerk-1]")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS031", Representative, 5, 16, "several series have a class `clerk-1`: `library/clerk-1`, `office/clerk-1`",
                "name the class with its series, e.g. `library/clerk-1`"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Rungs_build_prints_an_ambiguous_reference_with_its_position_and_candidates_and_writes_nothing()
    {
        using var folder = new BuildFolder(TwinSlugSite.Build().With("series/cs/cs-representative.md", RepresentativeWith("differs_from: [clerk-1]")));

        var run = folder.Build();

        Assert.Equal(1, run.ExitCode);
        var output = run.Stdout + run.Stderr;
        Assert.Contains("cs-representative.md(5,16): error RUNGS031: several series have a class `clerk-1`: `library/clerk-1`, `office/clerk-1`", output);
        Assert.Contains("hint: name the class with its series, e.g. `library/clerk-1`", output);
        Assert.False(Directory.Exists(folder.Output));
    }

    [Fact]
    public void RUNGS031_a_job_model_naming_a_shared_slug_must_name_the_series()
    {
        var result = TwinSlugSite.Build()
            .With("job-models/client-service.md", "---\ntitle: Client Service Specialist\nclasses: [clerk-2]\n---\n").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS031", "content/job-models/client-service.md", 3, 11,
                "several series have a class `clerk-2`: `library/clerk-2`, `office/clerk-2`", "name the class with its series, e.g. `library/clerk-2`"));
    }

    [Fact]
    public void RUNGS012_an_unknown_series_slash_slug_suggests_the_closest_class()
    {
        var result = TwinSlugSite.Build().With("series/cs/cs-representative.md", RepresentativeWith("promotes_to: [ofice/clerk-1]")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS012", Representative, 5, 15, "no class has the slug `ofice/clerk-1`", "did you mean `office/clerk-1`?"));
    }

    [Fact]
    public void RUNGS010_a_class_reference_that_is_neither_a_slug_nor_series_slash_slug_is_reported()
    {
        var result = TwinSlugSite.Build().With("series/cs/cs-representative.md", RepresentativeWith("differs_from: [office/clerk/1]")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS010", Representative, 5, 16, "\"office/clerk/1\" in `differs_from` is not a class slug or `series/slug`",
                "refer to a class by its file name without .md, e.g. `office-clerk-1`, or by its series and file name, e.g. `series-slug/office-clerk-1`"));
    }

    [Fact]
    public void A_class_naming_itself_as_series_slash_slug_is_still_a_self_reference()
    {
        var result = TwinSlugSite.Build()
            .With("series/office/clerk-2.md", TwinSlugSite.Clerk("Office Clerk 2", "5002", 2, "differs_from: [office/clerk-2]\n")).Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS012", "content/series/office/clerk-2.md", 5, 16, "a class cannot differ from itself", "remove this entry from `differs_from`"));
    }

    [Fact]
    public void A_promotion_cycle_through_twins_is_found_by_series_and_slug()
    {
        // library/clerk-3 promotes to office/clerk-1, which leads up to office/clerk-2, which promotes to library/clerk-3.
        var result = TwinSlugSite.Build()
            .With("series/library/clerk-3.md", TwinSlugSite.Clerk("Library Clerk 3", "6003", 3, "promotes_to: [office/clerk-1]\n"))
            .With("series/office/clerk-2.md", TwinSlugSite.Clerk("Office Clerk 2", "5002", 2, "promotes_to: [clerk-3]\n")).Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RUNGS022", error.Code);
        Assert.Contains("Library Clerk 3 → Office Clerk 1 → Office Clerk 2 → Library Clerk 3", error.Message);
    }
}
