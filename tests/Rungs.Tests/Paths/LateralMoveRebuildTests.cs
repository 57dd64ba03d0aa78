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

    // Fourteen series of one class each at grade 13, after the minimal site's CS Assistant (grade 13, first in site
    // order): each class lists the first twelve of the other fourteen.
    private static SortedDictionary<string, string> FourteenAtOneGrade()
    {
        var site = TestSite.Minimal();
        for (var i = 1; i <= 14; i++)
            site = site.With($"series/s{i:D2}/_series.md", $"---\ntitle: Series {i:D2}\n---\n")
                .With($"series/s{i:D2}/c{i:D2}.md", $"---\ntitle: Class {i:D2}\nlevel: 1\ngrade: \"13\"\n---\n\n## Duties\n\n- files records\n");
        return new SortedDictionary<string, string>(site.Files.ToDictionary(), StringComparer.Ordinal);
    }

    // The series groups an edit rebuilt, in every step, after a first build of the files.
    private static (HashSet<string> Series, SiteSession Session) Rebuilt(SortedDictionary<string, string> files, Action<SortedDictionary<string, string>> edit)
    {
        var session = new SiteSession(Themes);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();
        edit(files);
        var first = session.Rebuild(ContentSources.FromText(files));
        Assert.False(first.Full);
        var groups = first.Groups.Concat(session.CompleteRebuild().SelectMany(r => r.Groups));
        return (groups.Where(g => g.Kind == Rungs.Rendering.PageGroupKind.Series).Select(g => g.Slug).ToHashSet(), session);
    }

    [Fact]
    public void A_class_edited_in_its_text_rebuilds_only_the_pages_that_list_it_as_a_lateral_move()
    {
        // Class 14 comes last: no class lists it among its twelve, so its edit rebuilds its own series only.
        var files = FourteenAtOneGrade();
        var (series, session) = Rebuilt(files, f => f["series/s14/c14.md"] = f["series/s14/c14.md"].Replace("files records", "files all records"));
        Assert.Equal(["s14"], series);
        Rungs.Tests.Incremental.IncrementalRebuildTests.AssertSameAsFullBuild(session, files);

        // Class 01 comes second: every other class lists it, so every series at the grade is rebuilt.
        files = FourteenAtOneGrade();
        (series, session) = Rebuilt(files, f => f["series/s01/c01.md"] = f["series/s01/c01.md"].Replace("Class 01", "Class One"));
        Assert.Equal(Enumerable.Range(1, 14).Select(i => $"s{i:D2}").Append("cs").ToHashSet(), series);
        Assert.Contains("Class One", Encoding.UTF8.GetString(session.Files["series/s14/c14/index.html"].Bytes));
        Rungs.Tests.Incremental.IncrementalRebuildTests.AssertSameAsFullBuild(session, files);
    }

    [Fact]
    public void A_class_that_moves_in_site_order_or_leaves_its_grade_rebuilds_every_class_whose_list_or_count_changes()
    {
        // Renamed first in site order, series 14's class is now among everyone's twelve.
        var files = FourteenAtOneGrade();
        var (series, session) = Rebuilt(files, f => f["series/s14/_series.md"] = "---\ntitle: Series 00\n---\n");
        Assert.Equal(15, series.Count);
        Rungs.Tests.Incremental.IncrementalRebuildTests.AssertSameAsFullBuild(session, files);

        // Its series abolished, class 14 leaves the grade: every other class counts one fewer.
        files = FourteenAtOneGrade();
        (series, session) = Rebuilt(files, f => f["series/s14/_series.md"] = "---\ntitle: Series 14\nstatus: abolished\nabolished: 2026-01-01\n---\n");
        Assert.Equal(15, series.Count);
        Rungs.Tests.Incremental.IncrementalRebuildTests.AssertSameAsFullBuild(session, files);

        // Abolished, class 14 leaves the grade: every other class counts one fewer.
        files = FourteenAtOneGrade();
        (series, session) = Rebuilt(files, f => f["series/s14/c14.md"] = f["series/s14/c14.md"].Replace("grade: \"13\"", "grade: \"13\"\nstatus: abolished\nabolished: 2026-01-01"));
        Assert.Equal(15, series.Count);
        Rungs.Tests.Incremental.IncrementalRebuildTests.AssertSameAsFullBuild(session, files);
    }
}
