using Rungs.Review;
using Rungs.Tests.Support;
using static Rungs.Tests.Review.ReviewSites;

namespace Rungs.Tests.Review;

/// <summary>
/// `rungs diff` on the command line: exit codes (0 with or without changes, 2 for usage errors, 1 when no report can be
/// made), --format and --output, two content folders, broken content, and revisions a shallow clone does not have.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static TestSite Regraded() => Ladder().With("series/cs/cs-representative.md",
        Ladder().Files["series/cs/cs-representative.md"].Replace("grade: \"15\"", "grade: \"16\""));

    private string Folder(string name, TestSite site)
    {
        var path = _dir.Combine(name);
        site.WriteTo(path);
        return path;
    }

    [Fact]
    public void Two_content_folders_are_compared_without_git()
    {
        var (old, now) = (Folder("old", Ladder()), Folder("new", Regraded()));
        var output = _dir.Combine("diff.md");

        Assert.Equal(0, RungsCli.Run("diff", old, now, "--output", output));

        AssertLines($"""
            <!-- rungs-diff -->
            ## Spec changes

            Base: folder `{old}` · Head: folder `{now}`

            **1 change** — classes: 1 changed. **1 high-impact change.**

            ### High-impact changes

            - **CS Representative** (4808) — Pay grade: 15 → 16

            ### Classes

            #### Changed: CS Representative (4808)

            `series/cs/cs-representative.md`

            - Pay grade: 15 → 16

            """, File.ReadAllText(output));
    }

    [Fact]
    public void A_folder_base_with_head_left_out_compares_with_the_content_folder()
    {
        var old = Folder("old", Ladder());
        var output = _dir.Combine("diff.json");

        Assert.Equal(0, RungsCli.Run("diff", old, "--content", Folder("content", Regraded()), "--format", "json", "--output", output));

        var json = File.ReadAllText(output);
        Assert.Contains("\"kind\": \"folder\"", json);
        Assert.Contains("\"kind\": \"working-tree\"", json);
        Assert.Contains("\"content_path\": null,", json);
        Assert.Contains("\"reason\": \"grade\",", json);
    }

    [Fact]
    public void Html_is_a_standalone_page_and_output_folders_are_created()
    {
        var output = _dir.Combine("reports", "diff.html");

        Assert.Equal(0, RungsCli.Run("diff", Folder("old", Ladder()), Folder("new", Regraded()), "--format", "html", "--output", output));

        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html);
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("<li><strong>CS Representative</strong> <code>4808</code> — Pay grade: 15 → 16</li>", html);
        Assert.Contains("<li>Pay grade: <del>15</del> → <ins>16</ins></li>", html);
        Assert.EndsWith("</main>\n</body>\n</html>\n", html);
    }

    [Fact]
    public void The_report_goes_to_standard_output_when_no_output_file_is_given()
    {
        var run = RungsCli.Exec(_dir.Path, null, "diff", Folder("old", Ladder()), Folder("new", Regraded()), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("{\n  \"schema\": \"rungs.diff/1\",\n", run.Stdout);
        Assert.EndsWith("  ]\n}\n", run.Stdout);
    }

    [Fact]
    public void Content_errors_are_counted_listed_and_compared_around_and_the_exit_code_is_still_0()
    {
        var old = Folder("old", Ladder());
        var now = Folder("new", Regraded().With("ksas/grammar.md", "---\ntitle: Grammar\nkind: skil\nsummary: Rules of composition, punctuation, etc.\n---\n"));
        var output = _dir.Combine("diff.md");

        Assert.Equal(0, RungsCli.Run("diff", old, now, "--output", output));

        var lines = File.ReadAllText(output).Split('\n');
        var at = Array.IndexOf(lines, "**2 changes** — classes: 1 changed; KSAs: 1 changed. **1 high-impact change.**");
        Assert.True(at > 0, string.Join("\n", lines));
        Assert.Equal(
        [
            "",
            "> **Warning:** the head has 1 error; the comparison covers what could be read.",
            "",
            "<details>",
            "<summary>Problems in the head (1 error)</summary>",
            "",
            "```text",
            $"{now}/ksas/grammar.md(3,7): error RUNGS009: `kind` must be one of knowledge, skill, ability, not \"skil\"",
            "    hint: did you mean `skill`?",
            "```",
            "",
            "</details>",
            "",
            "### High-impact changes",
        ], lines[(at + 1)..(at + 15)]);
        // The value that could not be read is missing from the head, and says so.
        Assert.Equal(["#### Changed: Grammar", "", "`ksas/grammar.md`", "", "- Kind: knowledge → (none)", ""], lines[^6..]);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff a b c")]
    [InlineData("diff HEAD --format pdf")]
    public void A_malformed_command_line_exits_2(string commandLine)
    {
        Assert.Equal(2, RungsCli.Run(commandLine.Split(' ')));
    }

    [Fact]
    public void An_unknown_revision_exits_2_and_so_does_a_revision_outside_a_repository()
    {
        using var repo = ReviewRepo.With(Ladder());
        Assert.Equal(2, RungsCli.Run("diff", "no-such-branch", "--content", repo.Content, "--output", _dir.Combine("a.md")));
        Assert.Equal(2, RungsCli.Run("diff", "--content", repo.Content, "--output", _dir.Combine("b.md"), "--", "--help"));

        var notARepo = Folder("plain", Ladder());
        Assert.Equal(2, RungsCli.Run("diff", "main", "--content", notARepo, "--output", _dir.Combine("c.md")));
        Assert.False(File.Exists(_dir.Combine("a.md")) || File.Exists(_dir.Combine("b.md")) || File.Exists(_dir.Combine("c.md")));

        var error = Assert.Throws<ReviewInputException>(() => new RevisionContent(notARepo, _dir.Path).Resolve("main"));
        Assert.True(error.IsUsage);
        Assert.Equal($"`main` is not a folder, and it cannot be a git revision: the content folder {notARepo} is not in a git repository", error.Message);
    }

    [Fact]
    public void A_revision_missing_from_a_shallow_clone_names_fetch_depth_0()
    {
        using var repo = ReviewRepo.With(Ladder());
        repo.Edit("series/cs/cs-representative.md", "grade: \"15\"", "grade: \"16\"");
        repo.Commit("Regrade");
        var clone = _dir.Combine("clone");
        ReviewRepo.Run(_dir.Path, null, "clone", "--quiet", "--depth", "1", "file://" + repo.Root, clone);
        var content = Path.Combine(clone, "content");

        var error = Assert.Throws<ReviewInputException>(() => new RevisionContent(content, clone).Resolve("HEAD~1"));
        Assert.True(error.IsUsage);
        Assert.Equal("the revision `HEAD~1` is not in this clone: it is a shallow clone, which holds only the latest commits", error.Message);
        Assert.Equal("fetch the full history: in GitHub Actions give actions/checkout `fetch-depth: 0`; elsewhere run `git fetch --unshallow`", error.Hint);

        var run = RungsCli.Exec(clone, null, "diff", "HEAD~1");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("fetch-depth: 0", run.Stderr);

        // What the clone does have still works: its one commit against its working tree.
        Assert.Equal(0, RungsCli.Run("diff", "HEAD", "--content", content, "--output", _dir.Combine("ok.md")));
    }

    [Fact]
    public void Without_git_a_revision_cannot_be_read_and_the_exit_code_is_1()
    {
        using var repo = ReviewRepo.With(Ladder());
        var noGit = _dir.Combine("empty-path");
        Directory.CreateDirectory(noGit);

        var run = RungsCli.Exec(repo.Root, new Dictionary<string, string> { ["PATH"] = noGit }, "diff", "HEAD");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("git could not be started", run.Stderr);
        // Two folders need no git at all.
        Assert.Equal(0, RungsCli.Exec(repo.Root, new Dictionary<string, string> { ["PATH"] = noGit }, "diff", repo.Content, repo.Content, "--output", _dir.Combine("x.md")).ExitCode);
    }

    [Fact]
    public void A_content_folder_missing_at_the_base_revision_is_a_problem_of_that_side_and_everything_reads_as_added()
    {
        using var repo = ReviewRepo.With(TestSite.Minimal().Without("job-models/client-service.md"));
        repo.Git("mv", "content", "specs");
        repo.Commit("Move the content folder");
        var output = _dir.Combine("diff.json");

        Assert.Equal(0, RungsCli.Run("diff", "HEAD~1", "HEAD", "--content", Path.Combine(repo.Root, "specs"), "--format", "json", "--output", output));

        var json = File.ReadAllText(output);
        Assert.Contains("\"message\": \"the content folder does not exist at the revision HEAD~1\",", json);
        Assert.Contains("\"path\": \"specs\",", json);
        Assert.Contains("\"class\": {\n        \"added\": 2,", json);
    }
}
