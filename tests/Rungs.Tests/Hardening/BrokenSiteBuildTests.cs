using System.Text.RegularExpressions;
using Rungs.Tests.Support;

namespace Rungs.Tests.Hardening;

/// <summary>
/// `rungs build`, run as a real process on a content folder holding every kind of bad input at once: it reports each
/// problem with its file, line and column in one run, exits 1 without a stack trace, and leaves the previous site as it was.
/// </summary>
public class BrokenSiteBuildTests
{
    private static readonly Dictionary<string, byte[]> BadFiles = new(StringComparer.Ordinal)
    {
        ["ksas/alias-bomb.md"] = Text("---\ntitle: Bomb\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"b{i}: &b{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*b{i - 1}", 10))}]\n")) + "---\n"),
        ["ksas/deep-yaml.md"] = Text("---\ntitle: Deep\nsummary: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n"),
        ["ksas/deep-text.md"] = Text("---\ntitle: Deep text\n---\n\n" + new string('>', 10_000) + " quoted\n"),
        ["ksas/binary.md"] = [.. "---\n"u8, 0, 1, 2, 3, 0xFF, 0xD8],
        ["ksas/empty.md"] = [],
        ["ksas/unclosed.md"] = Text("---\ntitle: Unclosed\n\nSome text.\n"),
        ["ksas/tab.md"] = Text("---\ntitle: Tab\n\tkind: skill\n---\n"),
    };

    private static byte[] Text(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Every_bad_file_is_reported_in_one_run_with_its_position_exit_1_no_stack_trace_and_the_old_site_kept()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        Assert.Equal(0, RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "output").ExitCode);
        var before = FolderSnapshot.Take(dir.Combine("output"));
        foreach (var (path, bytes) in BadFiles) dir.WriteBytes("content/" + path, bytes);

        var run = RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "output");

        Assert.Equal(1, run.ExitCode);
        var reported = Regex.Matches(run.Stderr, @"^(content/\S+)\((\d+),(\d+)\): error (RUNGS\d{3}):", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value} {m.Groups[4].Value}").ToList();
        Assert.Equal(
            [
                "content/ksas/alias-bomb.md RUNGS004",
                "content/ksas/binary.md RUNGS001",
                "content/ksas/deep-text.md RUNGS024",
                "content/ksas/deep-yaml.md RUNGS004",
                "content/ksas/empty.md RUNGS002",
                "content/ksas/tab.md RUNGS004",
                "content/ksas/unclosed.md RUNGS003",
            ],
            reported);
        Assert.DoesNotContain("Exception", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\s+at \S+\(", run.Stderr + run.Stdout);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(dir.Combine("output")));
    }

    [Theory]
    [InlineData("a missing content folder", false)]
    [InlineData("an empty content folder", true)]
    public void A_content_folder_that_is_missing_or_empty_is_reported_with_exit_1_and_the_old_site_kept(string _, bool createIt)
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        Assert.Equal(0, RungsCli.Exec(dir.Path, null, "build", "--content", "content", "--output", "output").ExitCode);
        var before = FolderSnapshot.Take(dir.Combine("output"));
        if (createIt) Directory.CreateDirectory(dir.Combine("elsewhere"));

        var run = RungsCli.Exec(dir.Path, null, "build", "--content", "elsewhere", "--output", "output");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^elsewhere(/site\.yml)?\(1,1\): error RUNGS016: ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr + run.Stdout, StringComparison.Ordinal);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(dir.Combine("output")));
    }
}
