using Rungs.Incremental;
using Rungs.Input;
using Rungs.Tests.Support;

namespace Rungs.Tests.Linting;

/// <summary>`rungs serve` reports lints after each edit as a full check would, including those that compare two files.</summary>
public sealed class LintWhileServingTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    [Fact]
    public void An_edit_that_repeats_a_lower_level_duty_is_reported_and_the_warning_goes_when_it_is_undone()
    {
        var site = TestSite.Minimal();
        var session = new SiteSession(Themes, today: Lint.Today);
        Assert.Empty(session.Rebuild(site.Sources()).Diagnostics);

        var repeated = site.With("series/cs/cs-representative.md",
            site.Files["series/cs/cs-representative.md"].Replace("- resolves complex inquiries", "- resolves complex inquiries\n- greets visitors and directs them")
                .Replace("includes_lower_level_work: true\n", ""));
        var report = session.Rebuild(repeated.Sources());
        Assert.Equal(["content/series/cs/cs-representative.md(15,1): warning RUNGS053"], report.Diagnostics.Select(d => $"{d.Position}: warning {d.Code}"));
        Assert.Equal(Lint.Build(repeated).Diagnostics, report.Diagnostics);

        Assert.Empty(session.Rebuild(site.Sources()).Diagnostics);
    }

    [Fact]
    public void After_an_edit_the_findings_of_other_series_stand_and_the_edited_series_is_judged_again()
    {
        // A second series whose lead repeats the clerk's duty word for word: a finding judged within the series, in the lead's file.
        var site = TestSite.Minimal()
            .With("series/ops/_series.md", "---\ntitle: Office Support Series\n---\n")
            .With("series/ops/ops-clerk.md", "---\ntitle: Office Clerk\nlevel: 1\n---\n\n## Duties\n\n- files the office records\n")
            .With("series/ops/ops-lead.md", "---\ntitle: Office Lead\nlevel: 2\n---\n\n## Duties\n\n- files the office records\n- leads the clerks\n");
        var session = new SiteSession(Themes, today: Lint.Today);
        Assert.Equal(["content/series/ops/ops-lead.md RUNGS053"], session.Rebuild(site.Sources()).Diagnostics.Select(d => $"{d.Position.Path} {d.Code}"));
        session.CompleteRebuild();

        // An edit in the other series is patched in; the Office Support finding stands, as a full check finds it.
        var edited = site.With("series/cs/cs-representative.md", site.Files["series/cs/cs-representative.md"].Replace("- resolves complex inquiries", "- resolves many complex inquiries"));
        var report = session.Rebuild(edited.Sources());
        Assert.True(report.Patched);
        Assert.Equal(Lint.Build(edited).Diagnostics, report.Diagnostics);
        Assert.Equal(["RUNGS053"], report.Diagnostics.Select(d => d.Code));
        session.CompleteRebuild();

        // The clerk's duty reworded: the series is judged again, and the finding in the lead's file goes.
        var mended = edited.With("series/ops/ops-clerk.md", edited.Files["series/ops/ops-clerk.md"].Replace("files the office records", "files records"));
        report = session.Rebuild(mended.Sources());
        Assert.True(report.Patched);
        Assert.Equal(Lint.Build(mended).Diagnostics, report.Diagnostics);
        Assert.Empty(report.Diagnostics);
    }
}
