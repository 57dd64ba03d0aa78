using Rungs.Tests.Support;

namespace Rungs.Tests.Cli;

/// <summary>
/// A content folder with thousands of mistakes prints the first 200 diagnostics and says how many more there are; the
/// summary line counts them all. The same in `--format human` and `--format github`.
/// </summary>
public sealed class DiagnosticCapTests
{
    private static TempDirectory SiteWith300Errors()
    {
        var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        for (var i = 0; i < 300; i++) dir.WriteText($"content/ksas/k{i:D3}.md", $"---\ntitle: K{i}\ntitel: typo\n---\n");
        return dir;
    }

    [Fact]
    public void Human_format_prints_the_first_200_errors_then_how_many_more()
    {
        using var dir = SiteWith300Errors();

        var run = RungsCli.Exec(dir.Path, null, "check", "--history-commits", "0");

        var lines = run.Stderr.Split('\n');
        Assert.Equal(200, lines.Count(l => l.Contains(": error RUNGS006:")));
        Assert.Contains("content/ksas/k199.md(3,1): error RUNGS006", run.Stderr);
        Assert.DoesNotContain("content/ksas/k200.md", run.Stderr);
        Assert.Contains("… and 100 more errors", lines);
        Assert.Contains("Failed with 300 errors; nothing was written.", run.Stderr);
    }

    [Fact]
    public void Github_format_prints_the_first_200_annotations_then_how_many_more()
    {
        using var dir = SiteWith300Errors();

        var run = RungsCli.Exec(dir.Path, null, "check", "--history-commits", "0", "--format", "github");

        var lines = run.Stdout.Split('\n');
        Assert.Equal(200, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Contains("… and 100 more errors", lines);
        Assert.Contains("Failed with 300 errors; nothing was written.", run.Stderr);
    }
}
