using Rungs.Review;
using Rungs.Tests.Snapshots;
using Rungs.Tests.Support;

namespace Rungs.Tests.Review;

/// <summary>
/// The reports for the sample site against a scripted change of several kinds match their approved snapshots
/// (Review/Snapshots/*.verified.*), so a change to the diff's wording or schema shows up as a readable diff.
/// Accept an intended change with `RUNGS_ACCEPT_SNAPSHOTS=1 dotnet test`.
/// </summary>
public sealed class DiffSnapshotTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "Rungs.Tests", "Review", "Snapshots");

    /// <summary>Grade, FLSA, a reworded and an added duty, a qualification rule, a renamed and a removed class, library and series edits.</summary>
    private static void ScriptedChange(ReviewRepo repo)
    {
        repo.Edit("series/customer-service-representative/customer-service-representative-2.md", "grade: \"15\"", "grade: \"16\"");
        repo.Edit("series/customer-service-representative/customer-service-representative-3.md", "flsa: non-exempt", "flsa: exempt");
        const string representative = "series/customer-service/customer-service-representative.md";
        repo.Edit(representative, "3. composes complex correspondence and creates", "3. composes complex and sensitive correspondence and creates");
        repo.Edit(representative, "9. performs other related duties as assigned", "9. trains new representatives in the department's procedures\n10. performs other related duties as assigned");
        repo.Edit(representative, "1. High school graduation or equivalent", "1. High school graduation, GED or equivalent");
        repo.Edit(representative, "probation: 6 months", "probation: 12 months");
        // Enough duty changes for the block to be folded in <details>: rewordings, a removal, an addition, a move.
        const string specialist = "series/customer-service/customer-service-specialist.md";
        repo.Edit(specialist, "1. resolves customer service complaints", "1. resolves escalated customer service complaints");
        repo.Edit(specialist, "2. prepares reports on activities", "2. prepares monthly reports on activities");
        repo.Edit(specialist, "4. organizes quality customer satisfaction programs\n", "");
        repo.Edit(specialist, "7. answers questions requiring", "7. answers complex questions requiring");
        repo.Edit(specialist, "8. reviews documents to determine adequacy or acceptability of information needed\n9. maintains awareness of organizational activities of impact to the unit; coordinates and expedites necessary actions\n",
            "8. maintains awareness of organizational activities of impact to the unit; coordinates and expedites necessary actions\n9. reviews documents to determine adequacy or acceptability of information needed\n10. mentors customer service representatives\n");
        repo.Edit(specialist, "3. interviews, hires, trains,", "3. interviews, hires, trains, coaches,");
        // A long item reworded in one place: its unchanged words are cut to the context around the change.
        repo.Edit("series/customer-service-specialist/customer-service-specialist-principal.md",
            "overlap with professional problem solving.", "overlap with professional problem solving and policy analysis.");
        repo.Move("series/customer-service/customer-service-assistant.md", "series/customer-service/customer-service-associate.md");
        repo.Delete("series/customer-service-representative/customer-service-representative-4.md");
        repo.Edit("series/customer-service/_series.md", "The primary focus of positions in this series is customer service.",
            "The primary focus of positions in this series is service to customers and campus clients.");
        repo.Edit("ksas/grammar.md", "title: \"Grammar\"", "title: \"Grammar and Usage\"");
        repo.Edit("job-models/client-service-specialist.md", "  - Teller\n", "  - Bank Teller\n");
        repo.Edit("job-models/client-service-specialist.md", "  - time-management\n", "  - time-management\n  - empathy\n");
        repo.Write("competencies/empathy.md", "---\ntitle: Empathy\nsummary: \"Understands and shares the feelings of customers.\"\n---\n\n## Definition\n\nUnderstands and shares the feelings of customers, and shows it.\n");
    }

    [Fact]
    public void The_reports_of_a_scripted_change_to_the_sample_site_match_their_approved_snapshots()
    {
        using var repo = ReviewRepo.WithSampleContent(tag: "sample");
        ScriptedChange(repo);
        repo.Commit("Scripted change");

        var inputs = new RevisionContent(repo.Content, repo.Root);
        var report = DiffReport.Create(inputs.Resolve("sample"), inputs.Resolve("HEAD"), inputs.ContentPathInRepository);
        Assert.Equal((0, 0), (report.Base.Diagnostics.Count, report.Head.Diagnostics.Count));

        // Commit ids change with any edit to the sample site, even one this diff does not see: they are checked by the
        // end-to-end tests and stand as {base} and {head} here.
        string Stable(string text) => text
            .Replace(report.Base.Commit!, "{base}").Replace(report.Base.ShortCommit!, "{base:7}")
            .Replace(report.Head.Commit!, "{head}").Replace(report.Head.ShortCommit!, "{head:7}");
        var problems = new ApprovedFiles(Folder).Compare(new Dictionary<string, string>
        {
            ["sample-change.md"] = Stable(MarkdownReport.Write(report)),
            ["sample-change.json"] = Stable(JsonReport.Write(report)),
        });

        Assert.True(problems.Count == 0,
            "The diff reports differ from the approved files. If the change is intended, run `RUNGS_ACCEPT_SNAPSHOTS=1 dotnet test` and commit the .verified files.\n"
            + string.Join("\n", problems));
    }
}
