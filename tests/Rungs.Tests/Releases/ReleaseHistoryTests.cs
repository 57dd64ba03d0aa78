using Rungs.Content;
using Rungs.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Releases;

/// <summary>The releases stage without git: tags and contents given as data, as the edge would read them.</summary>
public sealed class ReleaseHistoryTests
{
    private static GitTag Tag(string name, string commit, string date) => new(name, "obj-" + name, commit, DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null);

    private static TagLog Log(params GitTag[] tags) =>
        new(true, false, tags, commit => (commit == "c1" ? TestSite.Minimal() : TestSite.Minimal().Without("series/cs/cs-representative.md")).Sources());

    [Theory]
    [InlineData("v*", "v2026", true)]
    [InlineData("v*", "release/v1", false)]
    [InlineData("release/*", "release/2026/1", true)]
    [InlineData("v202?", "v2026", true)]
    [InlineData("v202?", "v20261", false)]
    [InlineData("*-final", "plan-2026-final", true)]
    [InlineData("V*", "v1", false)]
    public void A_pattern_matches_whole_tag_names_with_star_and_question_mark(string pattern, string tag, bool matches) =>
        Assert.Equal(matches, TagPattern.Matches(pattern, tag));

    [Fact]
    public void Releases_are_ordered_by_tag_date_and_each_is_compared_with_the_one_before()
    {
        var releases = ReleaseHistory.Build(Log(Tag("v2", "c2", "2026-01-01T00:00:00Z"), Tag("v1", "c1", "2025-01-01T00:00:00Z")), ["v*"]);

        Assert.Equal(ReleasesState.Listed, releases.State);
        Assert.Equal(["v2", "v1"], releases.Releases.Select(r => r.Tag.Name));
        Assert.Equal("v1", releases.Releases[0].Previous?.Name);
        var removed = Assert.Single(releases.Releases[0].Rows);
        Assert.Equal((ReleaseChange.Removed, true), (removed.Changes, removed.IsHighImpact));
        Assert.All(releases.Releases[1].Rows, r => Assert.Equal(ReleaseChange.Added, r.Changes));
    }

    [Fact]
    public void A_class_abolished_in_a_release_is_marked_abolished_high_impact_and_a_draft_is_not_released()
    {
        var before = TestSite.Minimal();
        var after = before
            .With("series/cs/cs-assistant.md", before.Files["series/cs/cs-assistant.md"].Replace("title: CS Assistant\n", "title: CS Assistant\nstatus: abolished\nabolished: 2026-06-30\n", StringComparison.Ordinal))
            .With("series/cs/cs-lead.md", "---\ntitle: CS Lead\nlevel: 3\nstatus: draft\n---\n");
        var releases = ReleaseHistory.Build(new TagLog(true, false, [Tag("v1", "c1", "2025-01-01T00:00:00Z"), Tag("v2", "c2", "2026-01-01T00:00:00Z")],
            commit => (commit == "c1" ? before : after).Sources()), ["v*"]);

        // The draft is not in force, so v2 did not add it; the abolition is one change of its own kind, not "other".
        var row = Assert.Single(releases.Releases[0].Rows);
        Assert.Equal("CS Assistant", row.Entry.Current.Title);
        Assert.Equal((ReleaseChange.Abolished, true), (row.Changes, row.IsHighImpact));
    }

    [Fact]
    public void Each_release_gets_a_folder_of_its_own_made_of_its_tag_name()
    {
        var releases = ReleaseHistory.Build(Log(
            Tag("Release/2026.1", "c1", "2025-01-01T00:00:00Z"),
            Tag("release-2026.1", "c1", "2025-02-01T00:00:00Z"),
            Tag("index.xml", "c1", "2025-03-01T00:00:00Z"),
            Tag("..", "c1", "2025-04-01T00:00:00Z")), ["*"]);

        Assert.Equal(["release", "index.xml-2", "release-2026.1-2", "release-2026.1"], releases.Releases.Select(r => r.Slug));
    }

    [Fact]
    public void A_class_removed_and_another_renamed_into_its_place_get_a_diff_page_each()
    {
        var before = TestSite.Minimal();
        var after = before.Without("series/cs/cs-representative.md")
            .With("series/cs/cs-assistant.md", before.Files["series/cs/cs-representative.md"].Replace("differs_from: [cs-assistant]\n", "", StringComparison.Ordinal)
                .Replace("level: 2", "level: 1", StringComparison.Ordinal).Replace("includes_lower_level_work: true\n", "", StringComparison.Ordinal))
            .With("job-models/client-service.md", before.Files["job-models/client-service.md"].Replace("classes: [cs-representative]", "classes: [cs-assistant]", StringComparison.Ordinal));
        var tags = new TagLog(true, false, [Tag("v1", "c1", "2025-01-01T00:00:00Z"), Tag("v2", "c2", "2026-01-01T00:00:00Z")],
            commit => (commit == "c1" ? before : after).Sources());
        var history = new HistoryLog(true, false, false, [], new Dictionary<string, string?>(), null) { Tags = tags };

        var result = Rungs.Pipeline.SitePipeline.Run(after.Sources(), TestSite.Themes(), history: history);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var site = new BuiltSite(result);
        var links = System.Text.RegularExpressions.Regex.Matches(site.Page("releases/index.html"), "href=\"\\.\\./(releases/v2/[^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();

        // CS Assistant (4807) is removed, and CS Representative (4808) now lives in its file: two changes, two pages.
        Assert.Equal(2, links.Distinct().Count());
        Assert.Contains("<h1>CS Assistant <span", site.Page(links.Single(l => site.Text(l).Contains("removed in", StringComparison.Ordinal))));
        Assert.Contains("<h1>CS Representative <span", site.Page(links.Single(l => site.Text(l).Contains("renamed in", StringComparison.Ordinal))));
    }

    [Fact]
    public void Without_a_repository_there_are_no_releases_and_a_shallow_clone_lists_none()
    {
        Assert.Equal(ReleasesState.NoRepository, ReleaseHistory.Build(TagLog.None, ["v*"]).State);
        Assert.Equal(ReleasesState.Shallow, ReleaseHistory.Build(Log(Tag("v1", "c1", "2025-01-01T00:00:00Z")) with { Shallow = true }, ["v*"]).State);
        Assert.Equal(ReleasesState.NoTags, ReleaseHistory.Build(Log(Tag("x1", "c1", "2025-01-01T00:00:00Z")), ["v*"]).State);
    }
}
