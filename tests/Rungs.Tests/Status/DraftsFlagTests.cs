using Rungs.Tests.Support;

namespace Rungs.Tests.Status;

/// <summary>`--drafts` on the real command line: `rungs build` and `rungs check` take it, and a draft is built only with it.</summary>
public sealed class DraftsFlagTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Build_leaves_a_draft_out_and_builds_it_with_drafts_even_when_nothing_else_changed()
    {
        TestSite.Minimal().With(StatusSites.Specialist, StatusSites.Class("CS Specialist", "4810", 3, "status: draft")).WriteTo(_dir.Combine("content"));
        var page = _dir.Combine("output", "series", "cs", "cs-specialist", "index.html");

        var plain = RungsCli.Exec(_dir.Path, null, "build", "--quiet");
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Assert.False(File.Exists(page));

        // The same content with --drafts is another build, not "up to date".
        var drafts = RungsCli.Exec(_dir.Path, null, "build", "--drafts", "--quiet");
        Assert.True(drafts.ExitCode == 0, drafts.Stderr);
        Assert.Contains("""<meta name="robots" content="noindex">""", File.ReadAllText(page));
    }

    [Fact]
    public void Check_reports_a_link_to_a_draft_and_passes_with_drafts()
    {
        TestSite.Minimal().With(StatusSites.Representative, StatusSites.Representative2("status: draft")).WriteTo(_dir.Combine("content"));

        var plain = RungsCli.Exec(_dir.Path, null, "check");
        var drafts = RungsCli.Exec(_dir.Path, null, "check", "--drafts");

        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("content/job-models/client-service.md(6,11): error RUNGS063:", plain.Stderr);
        Assert.True(drafts.ExitCode == 0, drafts.Stderr);
    }
}
