using System.Xml.Linq;
using Rungs.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.History;

/// <summary>
/// `rungs build` reads history at the edge and never fails for want of it: without git, outside a repository, in a
/// shallow clone or with history turned off, it builds and says so in one line of its output.
/// </summary>
public sealed class HistoryCliTests
{
    private static readonly XNamespace Atom = AtomFeed.Namespace;

    [Fact]
    public void A_folder_without_git_builds_with_no_history_and_the_build_output_says_so()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        var run = RungsCli.Exec(dir.Path, GitRepo.Isolated(dir.Path), "build", "--content", "content", "--output", "site");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("history: not a git repository — pages show no revision history\nBuilt ", run.Stdout);
        var classPage = File.ReadAllText(dir.Combine("site", "series", "cs", "cs-assistant", "index.html"));
        Assert.DoesNotContain("Revision history", classPage);
        Assert.DoesNotContain("data-fact=\"last-changed\"", classPage);
        Assert.Contains("This site was built without its git history, so recent changes cannot be listed.",
            Html.TextOf(File.ReadAllText(dir.Combine("site", "recent-changes", "index.html"))));

        // Still a valid Atom feed: no entries, and a fixed date rather than the clock.
        var feed = XDocument.Load(dir.Combine("site", "recent-changes", "feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal("1970-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "id")!.Value);
    }

    [Fact]
    public void Check_prints_the_same_note()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));

        var run = RungsCli.Exec(dir.Path, GitRepo.Isolated(dir.Path), "check", "--content", "content");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("history: not a git repository — pages show no revision history\nChecked ", run.Stdout);
    }

    [Fact]
    public void Without_git_installed_the_build_goes_on_without_history()
    {
        using var dir = new TempDirectory();
        TestSite.Minimal().WriteTo(dir.Combine("content"));
        var environment = GitRepo.Isolated(dir.Path);
        environment["PATH"] = dir.Combine("no-programs-here");

        var run = RungsCli.Exec(dir.Path, environment, "build", "--content", "content", "--output", "site");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("history: git is not installed — pages show no revision history\n", run.Stdout);
    }

    [Fact]
    public void A_shallow_clone_of_depth_1_builds_and_notes_that_history_is_incomplete()
    {
        using var repo = new SpecRepo();
        var content = repo.Repo.ShallowClone(depth: 1);

        var run = RungsCli.Exec(repo.Repo.Folder.Path, GitRepo.Isolated(repo.Repo.Folder.Path), "build", "--content", content, "--output", "site");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("history: shallow clone — ", run.Stdout);
        var page = File.ReadAllText(repo.Repo.Folder.Combine("site", "series", "cs", "cs-assistant", "index.html"));
        // The one commit fetched has no parent in the clone: what it changed is unknown, so it is not shown as "Added".
        Assert.Empty(SpecRepo.Rows(page));
        Assert.Contains("No change to this spec since May 1, 2024.", Html.TextOf(page));
        Assert.Contains("This build's history starts on May 1, 2024; earlier revisions are not shown.", Html.TextOf(page));
        Assert.Contains("earlier changes are not shown", Html.TextOf(File.ReadAllText(repo.Repo.Folder.Combine("site", "recent-changes", "index.html"))));
    }

    [Fact]
    public void A_shallow_clone_shows_the_revisions_it_has()
    {
        using var repo = new SpecRepo();
        var content = repo.Repo.ShallowClone(depth: 3);

        var log = ReadHistory.Read(content);
        Assert.True(log.Shallow);
        Assert.Equal([false, false, true], log.Commits.Select(c => c.IsBoundary));

        var site = SpecRepo.BuildFrom(content);
        Assert.Equal(
            [["May 1, 2024", $"{SpecRepo.AddTyping} {repo.Hashes[4][..7]}", "KSA added: Typing"]],
            SpecRepo.Rows(site.Page("series/cs/cs-assistant/index.html")));
        Assert.Equal(
            [["April 2, 2024", $"{SpecRepo.Rename} {repo.Hashes[3][..7]}", "Slug cs-representative → cs-senior-representative; Job title CS Representative → CS Senior Representative"]],
            SpecRepo.Rows(site.Page("series/cs/cs-senior-representative/index.html")));
        Assert.Contains("This build's history starts on March 5, 2024", Html.TextOf(site.Page("series/cs/cs-assistant/index.html")));
    }

    [Fact]
    public void History_can_be_turned_off()
    {
        using var repo = new SpecRepo();

        var run = RungsCli.Exec(repo.Repo.Folder.Path, null, "build", "--content", repo.Repo.Content, "--output", "site", "--history-commits", "0");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("history: turned off (--history-commits 0) — pages show no revision history\n", run.Stdout);
        Assert.DoesNotContain("Revision history", File.ReadAllText(repo.Repo.Folder.Combine("site", "series", "cs", "cs-assistant", "index.html")));
    }

    [Fact]
    public void A_negative_commit_limit_is_a_usage_error()
    {
        Assert.Equal(2, RungsCli.Run("check", "--history-commits", "-1"));
    }

    [Fact]
    public void The_cli_build_of_a_repository_shows_its_history_and_prints_no_note()
    {
        using var repo = new SpecRepo();

        AssertTheCliBuildsWhatAnInProcessBuildWrites(repo, null);
    }

    /// <param name="variable">Each on its own would make every git command fail, or read another repository.</param>
    [Theory]
    [InlineData("GIT_CONFIG_GLOBAL")]
    [InlineData("GIT_CONFIG_SYSTEM")]
    [InlineData("GIT_CONFIG_PARAMETERS")]
    [InlineData("GIT_CONFIG_COUNT")]
    [InlineData("GIT_DIR")]
    public void The_users_and_the_systems_git_configuration_and_a_hooks_repository_do_not_change_what_is_built(string variable)
    {
        using var repo = new SpecRepo();
        var broken = repo.Repo.Folder.WriteText("broken.gitconfig", "[[[ not a git configuration\n");
        var environment = new Dictionary<string, string>
        {
            ["GIT_CONFIG_NOSYSTEM"] = "", // an empty value is false: git would read GIT_CONFIG_SYSTEM
            [variable] = variable switch
            {
                "GIT_CONFIG_GLOBAL" or "GIT_CONFIG_SYSTEM" => broken,
                "GIT_DIR" => repo.Repo.Folder.Combine("another-repository.git"),
                _ => "not a valid value",
            },
        };

        AssertTheCliBuildsWhatAnInProcessBuildWrites(repo, environment);
    }

    /// <summary>`rungs build` of the repository prints no history note and writes, history included, what an in-process build writes.</summary>
    private static void AssertTheCliBuildsWhatAnInProcessBuildWrites(SpecRepo repo, IReadOnlyDictionary<string, string>? environment)
    {
        var run = RungsCli.Exec(repo.Repo.Folder.Path, environment, "build", "--content", repo.Repo.Content, "--output", "site");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("Built ", run.Stdout);
        var written = FolderSnapshot.Take(repo.Repo.Folder.Combine("site"));
        written.Remove(Rungs.Output.SiteWriter.MarkerFile);
        FolderSnapshot.AssertSame(repo.Build().Result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal), written);
    }
}
