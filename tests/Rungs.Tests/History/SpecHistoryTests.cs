using System.Text;
using Rungs.History;
using Rungs.Linking;
using Rungs.Tests.Support;

namespace Rungs.Tests.History;

/// <summary>
/// The pure history stage, fed commits in memory (no git): how specs are followed across renames and rewrites, how
/// ties are ordered, and what a removed spec or an unreadable version looks like.
/// </summary>
public sealed class SpecHistoryTests
{
    private static readonly TestSite Site = TestSite.Minimal();

    /// <summary>Builds a log from commits given oldest first; blobs are named by their text's hash.</summary>
    private sealed class LogBuilder
    {
        private readonly List<HistoryCommit> _commits = [];
        private readonly Dictionary<string, string?> _blobs = new(StringComparer.Ordinal);

        public string Blob(string text)
        {
            var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(text)));
            _blobs[id] = text;
            return id;
        }

        public LogBuilder Commit(string hash, string date, string subject, params FileChange[] files)
        {
            _commits.Insert(0, new HistoryCommit(hash.PadRight(40, '0'), DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture), subject, false, files));
            return this;
        }

        public FileChange Added(string path, string text) => new(FileChangeKind.Added, null, path, null, Blob(text));

        public FileChange Modified(string path, string before, string after) => new(FileChangeKind.Modified, path, path, Blob(before), Blob(after));

        public FileChange Deleted(string path, string text) => new(FileChangeKind.Deleted, path, null, Blob(text), null);

        public FileChange Renamed(string from, string to, string before, string after) => new(FileChangeKind.Renamed, from, to, Blob(before), Blob(after));

        public HistoryLog Log(bool shallow = false, bool truncated = false) => new(true, shallow, truncated, _commits, _blobs, null);
    }

    private static SiteModel Model(TestSite site)
    {
        var result = site.Build();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Site!;
    }

    private static readonly string Representative = Site.Files["series/cs/cs-representative.md"];

    [Fact]
    public void A_class_deleted_and_added_under_another_name_in_one_commit_is_one_class_when_the_code_is_the_same()
    {
        // Git pairs a rename only when the two files are similar; a rewrite under a new name is a deletion plus an addition.
        var rewritten = SpecRepo.Representative("CS Senior Representative", "17").Replace("resolves complex inquiries", "leads the team");
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Import", log.Added("series/cs/cs-representative.md", Representative))
            .Commit("b2", "2024-02-01T00:00:00Z", "Rewrite", log.Deleted("series/cs/cs-representative.md", Representative), log.Added("series/cs/cs-senior.md", rewritten));
        var site = Model(Site.Without("series/cs/cs-representative.md").With("series/cs/cs-senior.md", rewritten)
            .With("job-models/client-service.md", Site.Files["job-models/client-service.md"].Replace("[cs-representative]", "[cs-senior]")));

        var history = SpecHistory.Build(log.Log(), site).ForClass("cs/cs-senior");

        Assert.Equal(["Rewrite", "Import"], history.Revisions.Select(r => r.Subject));
        Assert.Equal("Slug cs-representative → cs-senior; Job title CS Representative → CS Senior Representative; Pay grade 15 → 17; Duties: 1 added, 1 removed",
            history.Revisions[0].Summary);
    }

    [Fact]
    public void A_class_without_a_code_is_followed_by_its_slug_and_keeps_its_history_when_it_gets_a_code()
    {
        var noCode = Representative.Replace("code: \"4808\"\n", "");
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Import", log.Added("series/cs/cs-representative.md", noCode))
            .Commit("b2", "2024-02-01T00:00:00Z", "Give it a code", log.Modified("series/cs/cs-representative.md", noCode, Representative));

        var history = SpecHistory.Build(log.Log(), Model(Site)).ForClass("cs/cs-representative");

        Assert.Equal(["Job code added (4808)", "Added"], history.Revisions.Select(r => r.Summary));
    }

    [Fact]
    public void Two_classes_with_one_slug_in_two_series_keep_separate_histories()
    {
        // Without codes, a class is followed by its series and slug: office/clerk-1 and library/clerk-1 are two classes.
        var twins = TwinSlugSite.Build();
        var office = twins.Files["series/office/clerk-1.md"].Replace("code: \"5001\"\n", "");
        var library = twins.Files["series/library/clerk-1.md"].Replace("code: \"6001\"\n", "");
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Import", log.Added("series/office/clerk-1.md", office), log.Added("series/library/clerk-1.md", library))
            .Commit("b2", "2024-02-01T00:00:00Z", "Library grade", log.Modified("series/library/clerk-1.md", library, library + "- shelves books\n"));
        var site = Model(twins.With("series/office/clerk-1.md", office).With("series/library/clerk-1.md", library + "- shelves books\n"));

        var history = SpecHistory.Build(log.Log(), site);

        Assert.Equal(["Import"], history.ForClass("office/clerk-1").Revisions.Select(r => r.Subject));
        Assert.Equal(["Library grade", "Import"], history.ForClass("library/clerk-1").Revisions.Select(r => r.Subject));
    }

    [Fact]
    public void A_removed_spec_is_listed_in_recent_changes_without_a_link_and_with_its_last_title()
    {
        var old = "---\ntitle: Typing\nkind: skill\n---\n";
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Add typing", log.Added("ksas/typing.md", old))
            .Commit("b2", "2024-02-01T00:00:00Z", "Drop typing", log.Deleted("ksas/typing.md", old));

        var recent = SpecHistory.Build(log.Log(), Model(Site)).Recent;

        Assert.Equal([("Typing", SpecKind.Ksa, "Removed", (string?)null), ("Typing", SpecKind.Ksa, "Added", null)],
            recent.Select(c => c.Changes.Single()).Select(r => (r.Title, r.Kind, r.Revision.Summary, r.CurrentSlug)));
    }

    [Fact]
    public void Changes_of_the_same_second_are_ordered_by_commit_hash_then_kind_then_path_whatever_the_log_order()
    {
        var log = new LogBuilder();
        log.Commit("ff", "2024-01-01T10:00:00+02:00", "Second hash", log.Added("ksas/b.md", "---\ntitle: B\n---\n"))
            .Commit("aa", "2024-01-01T08:00:00Z", "First hash", log.Added("ksas/a.md", "---\ntitle: A\n---\n"), log.Added("competencies/c.md", "---\ntitle: C\n---\n"));

        var recent = SpecHistory.Build(log.Log(), Model(Site)).Recent;

        // 10:00+02:00 and 08:00Z are the same instant.
        Assert.Equal(["First hash", "Second hash"], recent.Select(c => c.Subject));
        Assert.Equal(["C", "A", "B"], recent.SelectMany(c => c.Changes).Select(r => r.Title));
    }

    [Fact]
    public void A_version_that_cannot_be_parsed_is_reported_plainly_and_the_history_continues()
    {
        var broken = "---\ntitle: CS Representative\nlevel: [\n---\n";
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Import", log.Added("series/cs/cs-representative.md", Representative))
            .Commit("b2", "2024-02-01T00:00:00Z", "Break it", log.Modified("series/cs/cs-representative.md", Representative, broken))
            .Commit("c3", "2024-03-01T00:00:00Z", "Fix it", log.Modified("series/cs/cs-representative.md", broken, Representative));

        var history = SpecHistory.Build(log.Log(), Model(Site)).ForClass("cs/cs-representative");

        Assert.Equal(
            ["Changed (one of the two versions could not be read)", "Changed (one of the two versions could not be read)", "Added"],
            history.Revisions.Select(r => r.Summary));
    }

    [Fact]
    public void The_recent_list_keeps_the_newest_changes_up_to_the_limit()
    {
        var log = new LogBuilder();
        for (var i = 1; i <= 25; i++)
        {
            var name = $"k{i:00}";
            log.Commit($"{i:x2}", $"2024-01-{i:00}T00:00:00Z", $"Add {name}", log.Added($"ksas/{name}.md", $"---\ntitle: {name}\n---\n"));
        }

        var recent = SpecHistory.Build(log.Log(), Model(Site)).Recent;

        Assert.Equal(SiteHistory.DefaultRecentCount, recent.Count);
        Assert.Equal("k25", recent[0].Changes.Single().Title);
        Assert.Equal("k06", recent[^1].Changes.Single().Title);
    }

    [Fact]
    public void A_commit_that_changes_several_specs_is_one_recent_entry_listing_each_spec()
    {
        // Seen failing before the grouping: the import was three entries with the same subject.
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Import", log.Added("ksas/b.md", "---\ntitle: B\n---\n"),
                log.Added("ksas/a.md", "---\ntitle: A\n---\n"), log.Added("series/cs/cs-representative.md", Representative))
            .Commit("b2", "2024-02-01T00:00:00Z", "Drop B", log.Deleted("ksas/b.md", "---\ntitle: B\n---\n"));

        var recent = SpecHistory.Build(log.Log(), Model(Site)).Recent;

        Assert.Equal(["Drop B", "Import"], recent.Select(c => c.Subject));
        Assert.Equal([("CS Representative", "Added"), ("A", "Added"), ("B", "Added")],
            recent[1].Changes.Select(c => (c.Title, c.Revision.Summary)));
        Assert.Equal((3, 0), (recent[1].Total, recent[1].Unlisted));
    }

    [Fact]
    public void A_commit_that_changes_more_specs_than_are_listed_names_the_first_and_counts_the_rest()
    {
        var log = new LogBuilder();
        var files = Enumerable.Range(1, SiteHistory.MaxListedChanges + 5)
            .Select(i => log.Added($"ksas/k{i:000}.md", $"---\ntitle: K{i:000}\n---\n")).ToArray();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Import the library", files);

        var commit = SpecHistory.Build(log.Log(), Model(Site)).Recent.Single();

        Assert.Equal(SiteHistory.MaxListedChanges, commit.Changes.Count);
        Assert.Equal("K001", commit.Changes[0].Title);
        Assert.Equal(5, commit.Unlisted);
    }

    [Fact]
    public void A_commit_that_only_reformats_a_class_stays_out_of_its_revision_history_but_is_a_recent_change()
    {
        // Seen failing before the filter: the class's history listed "No change to fields or sections (formatting only)".
        var reformatted = Representative.Replace("\n## ", "\n\n\n## ");
        Assert.NotEqual(Representative, reformatted);
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00Z", "Import", log.Added("series/cs/cs-representative.md", Representative))
            .Commit("b2", "2024-02-01T00:00:00Z", "Tidy blank lines", log.Modified("series/cs/cs-representative.md", Representative, reformatted));

        var history = SpecHistory.Build(log.Log(), Model(Site));

        Assert.Equal(["Import"], history.ForClass("cs/cs-representative").Revisions.Select(r => r.Subject));
        Assert.Equal(["Tidy blank lines", "Import"], history.Recent.Select(c => c.Subject));
        Assert.Equal(ClassChangeSummary.FormattingOnly, history.Recent[0].Changes.Single().Revision.Summary);
    }

    [Fact]
    public void An_incomplete_history_says_where_it_starts_and_a_complete_one_does_not()
    {
        var log = new LogBuilder();
        log.Commit("a1", "2024-01-01T00:00:00+05:00", "Import", log.Added("series/cs/cs-representative.md", Representative));

        Assert.Null(SpecHistory.Build(log.Log(), Model(Site)).StartsAt);
        Assert.Equal(DateTimeOffset.Parse("2024-01-01T00:00:00+05:00", System.Globalization.CultureInfo.InvariantCulture),
            SpecHistory.Build(log.Log(truncated: true), Model(Site)).StartsAt);
        Assert.False(SpecHistory.Build(HistoryLog.None("no git"), Model(Site)).Available);
    }

    [Fact]
    public void The_raw_log_is_parsed_into_commits_with_renames_and_boundaries()
    {
        var raw = "\u0001" + new string('a', 40) + "\u00002024-02-01T10:00:00+01:00\u0000Rename it\u0000\n"
                  + ":100644 100644 " + new string('1', 40) + " " + new string('2', 40) + " R087\u0000series/cs/old.md\u0000series/cs/new.md\u0000"
                  + ":100644 000000 " + new string('3', 40) + " " + new string('0', 40) + " D\u0000ksas/gone.md\u0000"
                  + "\u0001" + new string('b', 40) + "\u00002024-01-01T10:00:00+01:00\u0000Import\u0000\n"
                  + ":000000 100644 " + new string('0', 40) + " " + new string('4', 40) + " A\u0000series/cs/old.md\u0000";

        var commits = ReadHistory.ParseLog(Encoding.UTF8.GetBytes(raw), new HashSet<string>([new string('b', 40)]));

        Assert.Equal(2, commits.Count);
        Assert.Equal("Rename it", commits[0].Subject);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 10, 0, 0, TimeSpan.FromHours(1)), commits[0].Date);
        Assert.Equal(
            [
                new FileChange(FileChangeKind.Renamed, "series/cs/old.md", "series/cs/new.md", new string('1', 40), new string('2', 40)),
                new FileChange(FileChangeKind.Deleted, "ksas/gone.md", null, new string('3', 40), null),
            ],
            commits[0].Files);
        Assert.True(commits[1].IsBoundary);
        Assert.Empty(commits[1].Files);
    }
}
