using Rungs.Content;
using Rungs.History;
using Rungs.Linking;
using Rungs.Review;

namespace Rungs.Rendering.Pages;

/// <summary>One cell of a release's change matrix: the kind of change (its column), whether the class has it, and whether it is high impact.</summary>
public sealed record ReleaseCellView(string Kind, string Label, bool Marked, bool HighImpact);

/// <summary>One class's row in a release's matrix: the class (linked while the site has it), its diff page, and its cells.</summary>
/// <param name="Changes">The marked kinds as one line (`Pay grade, Duties`), what a phone shows instead of the grid.</param>
public sealed record ReleaseRowView(string Title, string? Code, string? Url, string DiffUrl, string Status, bool HighImpact, IReadOnlyList<ReleaseCellView> Cells, string Changes);

/// <summary>One release on the releases page: its tag, date, message and the classes that changed since the release before.</summary>
public sealed record ReleaseView(
    string Id, string Tag, HistoryDate Date, string? Message, string ShortCommit, string? PreviousTag,
    IReadOnlyList<ReleaseRowView> Rows, int HighImpact, int OtherSpecs, string? Unreadable);

/// <summary>
/// The model of the releases page (`releases/`): each release from a git tag, newest first, with its change matrix of classes ×
/// kinds of change (high impact first); or, without releases, a note saying why (no matching tags, a shallow clone).
/// </summary>
public sealed record ReleasesPage(string? Note, IReadOnlyList<string> Columns, IReadOnlyList<ReleaseView> Releases, string FeedUrl)
{
    public const string Title = "Releases";

    /// <summary>The page, its feed's entries and one diff page per class per release; none when the site is not in a git repository.</summary>
    public static IReadOnlyList<PagePlan> Plans(SiteModel site, SiteReleases releases)
    {
        if (releases.State == ReleasesState.NoRepository) return [];
        var views = releases.Releases.Select(r => View(site, r)).ToList();
        var page = new PagePlan(SiteUrls.Releases, "layouts/releases.html", "releases", Title,
            "The published releases of the classification specs, newest first, with what changed in each class.",
            Crumbs.To(Title), new ReleasesPage(NoteOf(releases), [.. ReleaseChanges.Columns.Select(ReleaseChanges.Label)], views, SiteUrls.ReleasesFeed),
            InSitemap: views.Count > 0);
        return [page, .. releases.Releases.SelectMany(r => r.Rows.Select(row => ReleaseClassPage.Plan(site, r, row)))];
    }

    /// <summary>The feed of the releases: one entry per release, newest first, linking its place on the page.</summary>
    public static FeedInfo Feed(SiteModel site, SiteReleases releases, BaseUrl? baseUrl) => new(
        $"{Title} · {site.Config.Title}",
        site.Config.Organisation ?? site.Config.Title,
        site.Config.Language,
        baseUrl,
        SiteUrls.ReleasesFeed,
        SiteUrls.Releases,
        releases.Releases.Select(r => new FeedEntry(r.Tag.ObjectId, r.Tag.Date, FeedTitle(r), FeedSummary(r), SiteUrls.Releases + "#" + AnchorOf(r))).ToList())
    {
        Name = "releases",
    };

    /// <summary>The id of a release on the page (`release-v2026`).</summary>
    public static string AnchorOf(Release release) => "release-" + release.Slug;

    private static string FeedTitle(Release release) =>
        release.Tag.Message is { } message ? $"{release.Tag.Name}: {message.Split('\n')[0]}" : release.Tag.Name;

    private static string FeedSummary(Release release)
    {
        if (release.Unreadable is { } problem) return $"The content of this release could not be read: {problem}.";
        var high = release.Rows.Count(r => r.IsHighImpact);
        var head = release.Previous is null ? "First release: " : $"Since {release.Previous.Name}: ";
        head += Count(release.Rows.Count, "class", "classes") + (release.Previous is null ? "" : " changed")
            + (high > 0 ? $", {high} high impact" : "") + (release.OtherSpecs > 0 ? $"; {Count(release.OtherSpecs, "other spec", "other specs")}{(release.Previous is null ? "" : " changed")}" : "") + ".";
        var named = release.Rows.Take(SiteHistory.MaxListedChanges).Select(r => $"{r.Entry.Current.Title} ({Changes(r)}).");
        var more = release.Rows.Count > SiteHistory.MaxListedChanges ? [$"And {Count(release.Rows.Count - SiteHistory.MaxListedChanges, "more class", "more classes")}."] : Array.Empty<string>();
        return string.Join(" ", [head, .. named, .. more]);
    }

    private static ReleaseView View(SiteModel site, Release release) => new(
        AnchorOf(release),
        release.Tag.Name,
        HistoryDate.Of(release.Tag.Date),
        release.Tag.Message,
        release.Tag.Commit[..Math.Min(7, release.Tag.Commit.Length)],
        release.Previous?.Name,
        release.Rows.Select(row => Row(site, release, row)).ToList(),
        release.Rows.Count(r => r.IsHighImpact),
        release.OtherSpecs,
        release.Unreadable);

    private static ReleaseRowView Row(SiteModel site, Release release, ReleaseRow row)
    {
        var current = row.Entry.Current;
        var now = ReleaseClassPage.ClassNow(site, row.Entry);
        return new ReleaseRowView(current.Title, current.Code, now is null ? null : SiteUrls.Class(now),
            ReleaseClassPage.PathOf(release, row), ReviewText.Id(row.Entry.Status), row.IsHighImpact,
            ReleaseChanges.Columns.Select(c => new ReleaseCellView(c.ToString(), ReleaseChanges.Label(c), row.Changes.HasFlag(c), ReleaseChanges.IsHighImpact(c) && row.Changes.HasFlag(c))).ToList(),
            Changes(row));
    }

    /// <summary>The kinds a row marks, as one line: `Pay grade, Duties`.</summary>
    public static string Changes(ReleaseRow row) =>
        string.Join(", ", ReleaseChanges.Columns.Where(c => row.Changes.HasFlag(c)).Select(ReleaseChanges.Label));

    private static string? NoteOf(SiteReleases releases) => releases.State switch
    {
        ReleasesState.Shallow => "No releases are listed: this is a shallow clone, so its tags and the commits they name may be missing. "
            + "Fetch them with `git fetch --unshallow --tags` (in GitHub Actions, give actions/checkout `fetch-depth: 0`).",
        ReleasesState.NoTags when releases.Patterns.Count == 0 => "No releases: site.yml `releases:` lists no tag patterns.",
        ReleasesState.NoTags => $"No releases: this site has no tags matching {string.Join(" or ", releases.Patterns)}.",
        _ => null,
    };

    private static string Count(int n, string one, string many) => ReviewText.Plural(n, one, many);
}
