using Rungs.Incremental;
using Rungs.Input;
using System.Text;
using Rungs.Tests.Support;

namespace Rungs.Tests.Paths;

/// <summary>
/// Given the dev server's incremental rebuild, a class whose grade changes leaves the lateral moves of the classes at its
/// old grade and joins those at its new one, in other series too: the pages shown match a full build.
/// </summary>
public sealed class LateralMoveRebuildTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    private static string Clerk(string grade) => $"""
        ---
        title: Admin Clerk
        code: "5001"
        level: 1
        grade: "{grade}"
        ---
        """;

    [Fact]
    public void A_grade_edit_in_one_series_rebuilds_the_pages_of_the_other_series_at_the_old_and_new_grade()
    {
        var files = new SortedDictionary<string, string>(TestSite.Minimal()
            .With("series/admin/_series.md", "---\ntitle: Administration Series\n---")
            .With("series/admin/admin-clerk.md", Clerk("13")).Files.ToDictionary(), StringComparer.Ordinal);
        var session = new SiteSession(Themes);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();

        files["series/admin/admin-clerk.md"] = Clerk("15");
        var report = session.Rebuild(ContentSources.FromText(files));

        Assert.False(report.Full);
        session.CompleteRebuild();
        Assert.Contains("Admin Clerk", Encoding.UTF8.GetString(session.Files["series/cs/cs-representative/index.html"].Bytes));
        Rungs.Tests.Incremental.IncrementalRebuildTests.AssertSameAsFullBuild(session, files);
    }
}
