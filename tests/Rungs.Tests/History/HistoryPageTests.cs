using System.Xml.Linq;
using Rungs.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.History;

/// <summary>Class pages' revision history, the recent changes page and its Atom feed, built from a real git repository.</summary>
public sealed class HistoryPageTests(SpecRepo repo) : IClassFixture<SpecRepo>
{
    private static readonly XNamespace Atom = AtomFeed.Namespace;

    [Fact]
    public void A_class_page_lists_its_revisions_newest_first_with_date_subject_and_what_changed()
    {
        var page = repo.Build().Page("series/cs/cs-assistant/index.html");

        Assert.Equal(
            [
                ["May 1, 2024", $"{SpecRepo.AddTyping} {repo.Hashes[4][..7]}", "KSA added: Typing"],
                ["March 5, 2024", $"{SpecRepo.Reclassify} {repo.Hashes[2][..7]}", "FLSA status Non-exempt → Exempt; Duties: 1 reworded"],
                ["January 10, 2024", $"{SpecRepo.Import} {repo.Hashes[0][..7]}", "Added"],
            ],
            SpecRepo.Rows(page));
        // The date a reader sees is the committer's own day; the machine-readable one keeps the committer's offset.
        Assert.Contains("""<time datetime="2024-03-05T14:30:00-05:00">March 5, 2024</time>""", page);
    }

    [Fact]
    public void A_class_renamed_under_the_same_code_keeps_its_history()
    {
        var page = repo.Build().Page("series/cs/cs-senior-representative/index.html");

        Assert.Equal(
            [
                ["April 2, 2024", $"{SpecRepo.Rename} {repo.Hashes[3][..7]}", "Slug cs-representative → cs-senior-representative; Job title CS Representative → CS Senior Representative"],
                ["February 1, 2024", $"{SpecRepo.RaiseGrade} {repo.Hashes[1][..7]}", "Pay grade 15 → 16"],
                ["January 10, 2024", $"{SpecRepo.Import} {repo.Hashes[0][..7]}", "Added"],
            ],
            SpecRepo.Rows(page));
    }

    [Fact]
    public void Last_changed_is_shown_beside_the_effective_date_and_last_action_from_front_matter()
    {
        var page = repo.Build().Page("series/cs/cs-assistant/index.html");

        Assert.Equal("May 1, 2024", Html.Fact(page, "last-changed"));
        Assert.Contains("""<time datetime="2024-05-01T12:00:00+00:00">May 1, 2024</time>""", page);
        Assert.Equal("August 15, 2010", Html.Fact(page, "effective"));
        Assert.Equal("April 2, 2024", Html.Fact(repo.Build().Page("series/cs/cs-senior-representative/index.html"), "last-changed"));
    }

    [Fact]
    public void The_recent_changes_page_lists_the_latest_commits_newest_first_each_with_the_specs_it_changed()
    {
        var site = repo.Build();
        var page = site.Page("recent-changes/index.html");
        string Meta(int i, string date, int specs) => $"{date} · {repo.Hashes[i][..7]} · {specs} {(specs == 1 ? "spec" : "specs")} changed";

        Assert.Equal(
            [
                (SpecRepo.AddTyping, Meta(4, "May 1, 2024", 2), new[] { "CS Assistant (Class): KSA added: Typing", "Typing (KSA): Added" }),
                (SpecRepo.Rename, Meta(3, "April 2, 2024", 2), new[]
                {
                    "CS Senior Representative (Class): Slug cs-representative → cs-senior-representative; Job title CS Representative → CS Senior Representative",
                    "Client Service Specialist (Job model): Changed",
                }),
                (SpecRepo.Reclassify, Meta(2, "March 5, 2024", 1), new[] { "CS Assistant (Class): FLSA status Non-exempt → Exempt; Duties: 1 reworded" }),
                // The title the class had then; the link goes to its page as it is now.
                (SpecRepo.RaiseGrade, Meta(1, "February 1, 2024", 1), new[] { "CS Representative (Class): Pay grade 15 → 16" }),
                // One commit that added six specs is one entry, not six identical rows.
                (SpecRepo.Import, Meta(0, "January 10, 2024", 6), new[]
                {
                    "CS Assistant (Class): Added", "CS Representative (Class): Added", "Customer Service Series (Series): Added",
                    "Communication (Competency): Added", "Grammar (KSA): Added", "Client Service Specialist (Job model): Added",
                }),
            ],
            SpecRepo.Commits(page).Select(c => (c.Subject, c.Meta, c.Changes)).ToList(),
            new CommitComparer());
        var links = Html.Links(page).ToList();
        Assert.Contains("../series/cs/cs-senior-representative/index.html", links);
        Assert.Contains("../ksas/typing/index.html", links);
        Assert.Contains("../recent-changes/feed.xml", links);
        Assert.Contains($"id=\"commit-{repo.Hashes[0][..7]}\"", page);
        Assert.Empty(LinkChecker.BrokenLinks(site.Result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal)));
    }

    private sealed class CommitComparer : IEqualityComparer<(string, string, string[])>
    {
        public bool Equals((string, string, string[]) x, (string, string, string[]) y) =>
            x.Item1 == y.Item1 && x.Item2 == y.Item2 && x.Item3.SequenceEqual(y.Item3);

        public int GetHashCode((string, string, string[]) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void The_atom_feed_has_one_entry_per_recent_commit_with_tag_ids_commit_dates_and_absolute_links()
    {
        var feed = XDocument.Parse(repo.Build(baseUrl: "https://hr.example.edu/specs/").Page("recent-changes/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://hr.example.edu/specs/recent-changes/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Recent changes · Test Specs", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2024-05-01T12:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("Test University", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("https://hr.example.edu/specs/recent-changes/", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        var first = entries[0];
        Assert.Equal($"tag:hr.example.edu,2024-05-01:{repo.Hashes[4]}", first.Element(Atom + "id")!.Value);
        Assert.Equal(SpecRepo.AddTyping, first.Element(Atom + "title")!.Value);
        Assert.Equal("2024-05-01T12:00:00Z", first.Element(Atom + "updated")!.Value);
        // A commit that changed several specs links its entry on the recent changes page; one that changed one spec links the spec.
        Assert.Equal($"https://hr.example.edu/specs/recent-changes/#commit-{repo.Hashes[4][..7]}", first.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("CS Assistant (Class): KSA added: Typing. Typing (KSA): Added.", first.Element(Atom + "summary")!.Value);

        // Dates are the commits' instants in UTC, newest first; ids are unique.
        Assert.Equal("2024-03-05T19:30:00Z", entries[2].Element(Atom + "updated")!.Value);
        Assert.Equal("https://hr.example.edu/specs/series/cs/cs-senior-representative/", entries[3].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "summary")));
    }

    [Fact]
    public void Without_a_base_url_feed_links_are_relative_to_the_feed_and_ids_name_no_real_host()
    {
        var feed = XDocument.Parse(repo.Build().Page("recent-changes/feed.xml")).Root!;
        var first = feed.Elements(Atom + "entry").First();

        Assert.Equal($"../recent-changes/index.html#commit-{repo.Hashes[4][..7]}", first.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("tag:rungs.invalid,2024-05-01:", first.Element(Atom + "id")!.Value);
        Assert.DoesNotContain(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
    }

    [Fact]
    public void Every_page_announces_the_feed_in_its_head()
    {
        var site = repo.Build();

        Assert.Contains("""<link rel="alternate" type="application/atom+xml" title="Recent changes" href="../../../recent-changes/feed.xml">""",
            site.Page("series/cs/cs-assistant/index.html"));
        Assert.Contains("""href="recent-changes/feed.xml">""", site.Page("index.html"));
    }

    [Fact]
    public void Building_twice_gives_identical_files()
    {
        var first = repo.Build(baseUrl: "https://hr.example.edu/").Result.Files;
        var second = repo.Build(baseUrl: "https://hr.example.edu/").Result.Files;

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), p => Assert.True(p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes), $"{p.First.Path} differs"));
    }

    [Fact]
    public void A_commit_limit_keeps_the_newest_commits_and_says_where_the_history_starts()
    {
        var log = ReadHistory.Read(repo.Repo.Content, maxCommits: 2);
        Assert.True(log.Truncated);
        Assert.Equal([repo.Hashes[4], repo.Hashes[3]], log.Commits.Select(c => c.Hash));
        Assert.Contains("read the newest 2 commits", log.Note);

        var site = repo.Build(maxCommits: 2);
        var page = site.Page("series/cs/cs-assistant/index.html");
        Assert.Equal([["May 1, 2024", $"{SpecRepo.AddTyping} {repo.Hashes[4][..7]}", "KSA added: Typing"]], SpecRepo.Rows(page));
        Assert.Contains("This build's history starts on April 2, 2024; earlier revisions are not shown.", Html.TextOf(page));
        Assert.Equal([SpecRepo.AddTyping, SpecRepo.Rename], SpecRepo.Commits(site.Page("recent-changes/index.html")).Select(c => c.Subject));
    }

    [Fact]
    public void A_spec_heading_named_revision_history_does_not_clash_with_the_history_section()
    {
        var path = "series/cs/cs-assistant/index.html";
        using var other = new GitRepo();
        other.Commit(TestSite.Minimal().With("series/cs/cs-assistant.md",
            SpecRepo.Assistant("non-exempt", "answers routine inquiries from clients", "") + "\n## Revision History\n\nRevised 2010.\n"), "2024-01-10T09:00:00Z", "Import");

        var page = SpecRepo.BuildFrom(other.Content).Page(path);

        Assert.Contains("""<h2 id="revision-history-2">Revision history</h2>""", page);
        var ids = System.Text.RegularExpressions.Regex.Matches(page, @"\sid=""([^""]*)""").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
