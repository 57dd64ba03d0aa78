using Rungs.Tests.Support;

namespace Rungs.Tests.Snapshots;

/// <summary>
/// A changed page is reported and its received copy written; `RUNGS_ACCEPT_SNAPSHOTS=1` approves it on a developer's
/// machine, and is refused under CI, where it would let the snapshot tests approve themselves.
/// </summary>
public sealed class ApprovedFilesTests
{
    private static (TempDirectory Dir, string Verified) FolderWithApprovedPage()
    {
        var dir = new TempDirectory();
        return (dir, dir.WriteText("index.verified.html", "<h1>Approved</h1>\n"));
    }

    private static readonly Dictionary<string, string> Changed = new() { ["index.html"] = "<h1>Changed</h1>\n" };

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void A_changed_page_is_reported_and_its_received_copy_written()
    {
        var (dir, verified) = FolderWithApprovedPage();
        using var _ = dir;

        var problems = new ApprovedFiles(dir.Path, Environment()).Compare(Changed);

        Assert.Equal([$"changed: index.html; compare {dir.Combine("index.received.html")} with {verified}"], problems);
        Assert.Equal("<h1>Approved</h1>\n", File.ReadAllText(verified));
        Assert.Equal("<h1>Changed</h1>\n", File.ReadAllText(dir.Combine("index.received.html")));
    }

    [Fact]
    public void Accepting_on_a_developers_machine_rewrites_the_approved_file()
    {
        var (dir, verified) = FolderWithApprovedPage();
        using var _ = dir;

        var problems = new ApprovedFiles(dir.Path, Environment((ApprovedFiles.AcceptVariable, "1"))).Compare(Changed);

        Assert.Empty(problems);
        Assert.Equal("<h1>Changed</h1>\n", File.ReadAllText(verified));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Accepting_under_CI_is_refused_and_the_approved_file_is_kept(string ci)
    {
        var (dir, verified) = FolderWithApprovedPage();
        using var _ = dir;

        var problems = new ApprovedFiles(dir.Path, Environment((ApprovedFiles.AcceptVariable, "1"), ("CI", ci))).Compare(Changed);

        Assert.Equal(ApprovedFiles.RefusedInCi, problems[0]);
        Assert.Contains(problems, p => p.StartsWith("changed: index.html", StringComparison.Ordinal));
        Assert.Equal("<h1>Approved</h1>\n", File.ReadAllText(verified));
    }

    [Fact]
    public void Accepting_under_CI_fails_even_when_every_page_matches()
    {
        var (dir, _) = FolderWithApprovedPage();
        using var __ = dir;

        var problems = new ApprovedFiles(dir.Path, Environment((ApprovedFiles.AcceptVariable, "1"), ("CI", "true")))
            .Compare(new Dictionary<string, string> { ["index.html"] = "<h1>Approved</h1>\n" });

        Assert.Equal([ApprovedFiles.RefusedInCi], problems);
    }
}
