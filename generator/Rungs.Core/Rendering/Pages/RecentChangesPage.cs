using System.Globalization;
using Rungs.Content;
using Rungs.History;
using Rungs.Linking;

namespace Rungs.Rendering.Pages;

/// <summary>A commit's date for templates: as people read it (the committer's own calendar day) and for `datetime`.</summary>
public sealed record HistoryDate(string Text, string DateTime)
{
    public static HistoryDate Of(DateTimeOffset date) => new(
        FactFormat.Date(DateOnly.FromDateTime(date.DateTime)),
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}

/// <summary>One revision of a class, as its history table shows it.</summary>
public sealed record RevisionView(HistoryDate Date, string Subject, string Hash, string ShortHash, IReadOnlyList<string> Changes, string Summary)
{
    public static RevisionView Of(Revision r) => new(HistoryDate.Of(r.Date), r.Subject, r.Hash, r.ShortHash, r.Changes, r.Summary);
}

/// <summary>One spec a commit changed, as the recent changes page lists it, linked to the spec's page when it still exists.</summary>
public sealed record RecentChangeView(string Kind, string Title, string? Url, string Summary, string Path);

/// <summary>One commit of the recent changes page: when, its subject, and the specs it changed (the first ones listed, the rest counted).</summary>
public sealed record RecentCommitView(string Id, HistoryDate Date, string Subject, string Hash, string ShortHash, IReadOnlyList<RecentChangeView> Changes, int Unlisted);

/// <summary>
/// The model of the recent changes page: the latest commits that changed specs (from git at build time), newest first,
/// each with what it changed in each spec. Without history the page says so; its Atom feed
/// (<see cref="SiteUrls.RecentChangesFeed"/>) has one entry per commit too.
/// </summary>
public sealed record RecentChangesPage(bool Available, IReadOnlyList<RecentCommitView> Commits, int Limit, HistoryDate? StartsAt, string FeedUrl)
{
    public const string Title = "Recent changes";

    public static PagePlan Plan(SiteModel site, SiteHistory history) =>
        new(SiteUrls.RecentChanges, "layouts/recent-changes.html", "recent-changes", Title,
            "The latest changes to the classification specs, newest first, with what changed in each.",
            Crumbs.To(Title),
            new RecentChangesPage(history.Available, Views(site, history), SiteHistory.DefaultRecentCount,
                history.StartsAt is { } start ? HistoryDate.Of(start) : null, SiteUrls.RecentChangesFeed));

    public static IReadOnlyList<RecentCommitView> Views(SiteModel site, SiteHistory history) =>
        history.Recent.Select(c => new RecentCommitView(AnchorOf(c), HistoryDate.Of(c.Date), c.Subject, c.Hash, c.ShortHash,
            c.Changes.Select(change => new RecentChangeView(KindName(change.Kind), change.Title, UrlOf(site, change), change.Revision.Summary, change.Path)).ToList(),
            c.Unlisted)).ToList();

    /// <summary>
    /// The feed of the same commits: titled by the commit subject, summarised spec by spec, linking the spec's page when the
    /// commit changed one spec and the commit's entry on the recent changes page otherwise.
    /// </summary>
    public static FeedInfo Feed(SiteModel site, SiteHistory history, BaseUrl? baseUrl) => new(
        $"{Title} · {site.Config.Title}",
        site.Config.Organisation ?? site.Config.Title,
        site.Config.Language,
        baseUrl,
        SiteUrls.RecentChangesFeed,
        SiteUrls.RecentChanges,
        history.Recent.Select(c => new FeedEntry(c.Hash, c.Date, c.Subject, FeedSummary(c),
            (c.Total == 1 ? UrlOf(site, c.Changes[0]) : null) ?? SiteUrls.RecentChanges + "#" + AnchorOf(c))).ToList());

    private static string FeedSummary(RecentCommit commit)
    {
        var parts = commit.Changes.Select(c => $"{c.Title} ({KindName(c.Kind)}): {c.Revision.Summary}.");
        if (commit.Unlisted > 0) parts = parts.Append($"And {commit.Unlisted} more {(commit.Unlisted == 1 ? "spec" : "specs")}.");
        return string.Join(" ", parts);
    }

    /// <summary>The id of a commit's entry on the page (`commit-1a2b3c4`): the feed links to it.</summary>
    public static string AnchorOf(RecentCommit commit) => "commit-" + commit.ShortHash;

    public static string KindName(SpecKind kind) => kind switch
    {
        SpecKind.Class => "Class",
        SpecKind.Series => "Series",
        SpecKind.Competency => "Competency",
        SpecKind.Ksa => "KSA",
        SpecKind.JobModel => "Job model",
        _ => kind.ToString(),
    };

    /// <summary>The page of the spec a change is about, as the site has it now; null when it no longer exists.</summary>
    private static string? UrlOf(SiteModel site, RecentChange change) => change.CurrentSlug is not { } slug ? null : change.Kind switch
    {
        SpecKind.Class => site.ClassByKey.TryGetValue(slug, out var c) ? SiteUrls.Class(c) : null,
        SpecKind.Series => site.SeriesBySlug.ContainsKey(slug) ? SiteUrls.Series(slug) : null,
        SpecKind.Competency => site.CompetencyBySlug.ContainsKey(slug) ? SiteUrls.Competency(slug) : null,
        SpecKind.Ksa => site.KsaBySlug.ContainsKey(slug) ? SiteUrls.Ksa(slug) : null,
        SpecKind.JobModel => site.JobModelBySlug.ContainsKey(slug) ? SiteUrls.JobModel(slug) : null,
        _ => null,
    };
}
