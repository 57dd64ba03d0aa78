using Rungs.Tests.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Releases;

/// <summary>Sites without releases: no matching tags, other patterns in site.yml, a bad pattern, no repository at all.</summary>
public sealed class ReleaseNotesTests
{
    [Fact]
    public void A_repository_without_tags_shows_a_note_and_no_header_link()
    {
        using var repo = new GitRepo();
        repo.Commit(TestSite.Minimal(), "2025-01-15T09:00:00Z", "Import");
        var site = SpecRepo.BuildFrom(repo.Content);

        Assert.Contains("""<p class="note" data-note="no-releases">No releases: this site has no tags matching v*.</p>""", site.Page("releases/index.html"));
        Assert.DoesNotContain(">Releases</a>", site.Page("index.html"));
        Assert.DoesNotContain(site.Paths, p => p.StartsWith("releases/", StringComparison.Ordinal) && p.Count(c => c == '/') > 1);
    }

    [Fact]
    public void Site_yml_releases_picks_the_tags_that_are_releases()
    {
        using var repo = new GitRepo();
        var site = TestSite.Minimal().With("site.yml", "title: Test Specs\nreleases: [\"plan-*\", v1]\n");
        repo.Commit(site, "2025-01-15T09:00:00Z", "Import");
        foreach (var tag in new[] { "plan-2025", "v1", "v2", "other" }) GitRepo.Git(repo.Root, null, "tag", tag);

        var page = SpecRepo.BuildFrom(repo.Content).Page("releases/index.html");

        Assert.Equal(["v1", "plan-2025"], ReleaseRepo.Releases(page).Select(r => r.Tag));

        repo.Commit(site.With("site.yml", "title: Test Specs\nreleases: \"x*\"\n"), "2025-02-01T09:00:00Z", "Other pattern");
        Assert.Contains("No releases: this site has no tags matching x*.", SpecRepo.BuildFrom(repo.Content).Page("releases/index.html"));
    }

    [Fact]
    public void A_releases_pattern_no_tag_can_match_is_an_error_at_the_pattern()
    {
        var result = TestSite.Minimal().With("site.yml", "title: Test Specs\nreleases:\n  - v*\n  - \"v 2\"\n").Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("content/site.yml(4,5): error RUNGS058: the `releases` pattern \"v 2\" holds a space or control character, which no tag name does", error.ToString().Split('\n')[0]);
    }

    [Fact]
    public void A_new_tag_rebuilds_a_site_that_is_otherwise_up_to_date()
    {
        using var repo = new GitRepo();
        repo.Commit(TestSite.Minimal(), "2025-01-15T09:00:00Z", "Import");
        CliRun Build() => RungsCli.Exec(repo.Root, GitRepo.Isolated(repo.Root), "build", "--content", "content", "--output", "../output");
        string Summary(CliRun run) => run.Stdout.TrimEnd('\n').Split('\n')[^1];

        Assert.StartsWith("Built ", Summary(Build()));
        Assert.StartsWith("Up to date", Summary(Build()));
        GitRepo.Git(repo.Root, "2025-02-01T09:00:00Z", "tag", "-a", "v1", "-m", "First plan");

        Assert.StartsWith("Built ", Summary(Build()));
        Assert.Contains("data-release=\"v1\"", File.ReadAllText(repo.Folder.Combine("output/releases/index.html")));
    }

    [Fact]
    public void A_site_outside_git_has_no_releases_page()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.False(site.Has("releases/index.html"));
        Assert.False(site.Has("releases/index.xml"));
    }
}
