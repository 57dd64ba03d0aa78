using Rungs.Incremental;
using Rungs.Input;
using Rungs.Rendering;
using Rungs.Tests.Support;

namespace Rungs.Tests.Incremental;

/// <summary>An edit to one of two classes that share a slug rebuilds that class's pages, not its twin's, and publishes what a full build writes.</summary>
public sealed class SharedSlugRebuildTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    [Fact]
    public void An_edit_to_one_twin_rebuilds_its_series_and_the_class_differing_from_it_not_the_other_twin()
    {
        var files = new SortedDictionary<string, string>(TwinSlugSite.Build().Files.ToDictionary(), StringComparer.Ordinal);
        var session = new SiteSession(Themes);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();

        files["series/library/clerk-1.md"] = TwinSlugSite.Clerk("Library Clerk I", "6001", 1);
        var report = session.Rebuild(ContentSources.FromText(files));

        Assert.False(report.Full);
        Assert.Contains(PageGroup.Series("library"), report.Groups);
        Assert.DoesNotContain(PageGroup.Series("office"), report.Groups);
        Assert.DoesNotContain(report.ChangedFiles, f => f.StartsWith("series/office/", StringComparison.Ordinal));
        Assert.Contains("api/classes/library--clerk-1.json", report.ChangedFiles);
        session.CompleteRebuild();
        IncrementalRebuildTests.AssertSameAsFullBuild(session, files);
    }

    [Fact]
    public void A_second_class_taking_a_slug_renames_the_first_ones_data_files_and_the_short_link_becomes_a_page_and_back()
    {
        var files = new SortedDictionary<string, string>(TwinSlugSite.Build().Files.ToDictionary(), StringComparer.Ordinal);
        var session = new SiteSession(Themes);
        session.Rebuild(ContentSources.FromText(files));
        session.CompleteRebuild();
        Assert.Contains("api/classes/clerk-3.json", session.Files.Keys);

        files["series/office/clerk-3.md"] = TwinSlugSite.Clerk("Office Clerk 3", "5003", 3);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();

        Assert.Contains("api/classes/library--clerk-3.json", session.Files.Keys);
        Assert.DoesNotContain("api/classes/clerk-3.json", session.Files.Keys);
        Assert.Contains("c/clerk-3/index.html", session.Files.Keys);
        IncrementalRebuildTests.AssertSameAsFullBuild(session, files);

        // And back: with the office class gone, library's clerk-3 is the only one again.
        files.Remove("series/office/clerk-3.md");
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();

        Assert.Contains("api/classes/clerk-3.json", session.Files.Keys);
        Assert.DoesNotContain("api/classes/library--clerk-3.json", session.Files.Keys);
        Assert.DoesNotContain("c/clerk-3/index.html", session.Files.Keys);
        IncrementalRebuildTests.AssertSameAsFullBuild(session, files);
    }
}
