using System.Text.Json;
using System.Xml.Linq;
using Rungs.History;
using Rungs.Tests.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Releases;

/// <summary>The releases page, its diff pages and its Atom feed, built from a real git repository with tags.</summary>
public sealed class ReleasesPageTests(ReleaseRepo repo) : IClassFixture<ReleaseRepo>
{
    private static readonly XNamespace Atom = AtomFeed.Namespace;

    [Fact]
    public void Releases_are_listed_newest_first_with_their_dates_and_tag_messages()
    {
        var page = SpecRepo.BuildFrom(repo.Content).Page("releases/index.html");
        string commit(string tag) => GitRepo.Git(repo.Repo.Root, null, "rev-parse", tag + "^{commit}").Trim()[..7];

        Assert.Equal(
            [
                ("v3", $"June 1, 2026 · {commit("v3")} · since v2", (string?)ReleaseRepo.V3Message),
                // A lightweight tag has its commit's date and no message.
                ("v2", $"January 20, 2026 · {commit("v2")} · since v1", null),
                ("v1", $"January 15, 2025 · {commit("v1")} · first release: every class it holds is new", ReleaseRepo.V1Message.Replace("\n\n", " ", StringComparison.Ordinal)),
            ],
            ReleaseRepo.Releases(page));
        // The message keeps its lines (the page shows them as written).
        Assert.Contains($"<p class=\"release-message\">{ReleaseRepo.V1Message}</p>", page);
        Assert.Contains("""<time datetime="2026-06-01T12:00:00+02:00">June 1, 2026</time>""", page);
        Assert.DoesNotContain("draft-2027", page);
    }

    [Fact]
    public void The_matrix_marks_each_kind_of_change_and_lists_high_impact_changes_first()
    {
        var page = SpecRepo.BuildFrom(repo.Content).Page("releases/index.html");

        Assert.Equal(
            [
                new("CS Supervisor 4810", "removed", true, ["Removed"], "releases/v2/cs/cs-supervisor/index.html"),
                new("CS Assistant 4807", "changed", true, ["Grade", "Duties"], "releases/v2/cs/cs-assistant/index.html"),
                new("CS Specialist 4811", "added", false, ["Added"], "releases/v2/cs/cs-specialist/index.html"),
                new("CS Representative II 4808", "changed", false, ["Retitled"], "releases/v2/cs/cs-representative/index.html"),
            ],
            ReleaseRepo.Rows(page, "v2"), RowComparer.Instance);
        Assert.Equal(
            [
                new("CS Representative II 4808", "changed", true, ["Flsa", "Ksas"], "releases/v3/cs/cs-representative/index.html"),
                new("CS Specialist 4811", "changed", true, ["MinimumQualifications"], "releases/v3/cs/cs-specialist/index.html"),
            ],
            ReleaseRepo.Rows(page, "v3"), RowComparer.Instance);
        // The first release is compared with nothing: every class it holds is added.
        Assert.All(ReleaseRepo.Rows(page, "v1"), r => Assert.Equal(["Added"], r.Kinds));
        Assert.Equal(3, ReleaseRepo.Rows(page, "v1").Count);
    }

    [Fact]
    public void Each_row_links_the_class_and_a_diff_page_that_shows_what_changed()
    {
        var site = SpecRepo.BuildFrom(repo.Content); // a clean build: the build's link check found every link and anchor
        var page = site.Page("releases/index.html");

        foreach (var row in ReleaseRepo.Releases(page).SelectMany(r => ReleaseRepo.Rows(page, r.Tag)))
            Assert.True(site.Has(row.DiffPage), row.DiffPage);
        Assert.Contains("""<a href="../series/cs/cs-assistant/index.html">CS Assistant</a>""", page);
        // A removed class has no page to link; its diff page says what it was.
        Assert.Contains("<th scope=\"row\">CS Supervisor <span", page);

        var regraded = site.Text("releases/v2/cs/cs-assistant/index.html");
        Assert.Contains("Pay grade: 13 → 14", regraded);
        Assert.Contains("answers routine added: and detailed inquiries from clients", regraded);
        Assert.Contains("Minimum qualifications: 1 reworded", site.Text("releases/v3/cs/cs-specialist/index.html"));
    }

    [Fact]
    public void The_releases_page_agrees_with_rungs_diff_between_the_same_tags()
    {
        var page = SpecRepo.BuildFrom(repo.Content).Page("releases/index.html");
        using var folder = new TempDirectory();
        foreach (var (older, newer) in new[] { ("v1", "v2"), ("v2", "v3") })
        {
            var report = folder.Combine($"{older}-{newer}.json");
            Assert.Equal(0, RungsCli.Run(["diff", older, newer, "--content", repo.Content, "--format", "json", "--output", report]));
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var reported = json.RootElement.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("kind").GetString() == "class")
                .Select(i => (i.GetProperty("title").GetString(), i.GetProperty("status").GetString(), i.GetProperty("high_impact").GetBoolean()))
                .Order().ToList();
            var shown = ReleaseRepo.Rows(page, newer)
                .Select(r => ((string?)r.Class[..r.Class.LastIndexOf(' ')], (string?)r.Status, r.HighImpact))
                .Order().ToList();
            Assert.Equal(reported, shown);
        }
    }

    [Fact]
    public void The_atom_feed_has_one_entry_per_release_newest_first_dated_by_its_tag()
    {
        var site = SpecRepo.BuildFrom(repo.Content, baseUrl: "https://hr.example.org/specs/");
        var feed = XDocument.Parse(site.Page("releases/index.xml"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();

        Assert.Equal("2026-06-01T10:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
        Assert.Equal(["v3: Mid-year plan 2026", "v2", "v1: Classification plan 2025"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(["2026-06-01T10:00:00Z", "2026-01-20T10:00:00Z", "2025-01-15T08:00:00Z"], entries.Select(e => e.Element(Atom + "updated")!.Value));
        Assert.Equal("https://hr.example.org/specs/releases/#release-v2", entries[1].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("Since v1: 4 classes changed, 2 high impact.", entries[1].Element(Atom + "summary")!.Value);
        Assert.All(entries, e => Assert.StartsWith("tag:hr.example.org,", e.Element(Atom + "id")!.Value));
        // The page announces its feed in its head.
        Assert.Contains("""<link rel="alternate" type="application/atom+xml" title="Releases" href="../releases/index.xml">""", site.Page("releases/index.html"));
    }

    [Fact]
    public void The_site_header_links_the_releases_page_when_there_are_releases()
    {
        Assert.Contains("""href="releases/index.html">Releases</a>""", SpecRepo.BuildFrom(repo.Content).Page("index.html"));
    }

    [Fact]
    public void A_shallow_clone_shows_a_note_instead_of_releases()
    {
        var site = SpecRepo.BuildFrom(repo.Repo.ShallowClone(1));
        var page = site.Page("releases/index.html");

        Assert.Contains("""<p class="note" data-note="no-releases">No releases are listed: this is a shallow clone""", page);
        Assert.Contains("git fetch --unshallow --tags", page);
        Assert.Empty(ReleaseRepo.Releases(page));
        Assert.DoesNotContain(">Releases</a>", site.Page("index.html"));
    }

    private sealed class RowComparer : IEqualityComparer<ReleaseRepo.Row>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(ReleaseRepo.Row? x, ReleaseRepo.Row? y) =>
            x is not null && y is not null && x.Class == y.Class && x.Status == y.Status && x.HighImpact == y.HighImpact
            && x.Kinds.SequenceEqual(y.Kinds) && x.DiffPage == y.DiffPage;

        public int GetHashCode(ReleaseRepo.Row obj) => obj.Class.GetHashCode(StringComparison.Ordinal);
    }
}
