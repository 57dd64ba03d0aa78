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
}
