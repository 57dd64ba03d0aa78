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

/// <summary>One row of the recent changes page: a commit's change to one spec, linked to the spec's page when it still exists.</summary>
public sealed record RecentChangeView(HistoryDate Date, string Subject, string Hash, string ShortHash, string Kind, string Title, string? Url, string Summary, string Path);

/// <summary>
/// The model of the recent changes page: the latest changes across all specs (from git at build time), newest first.
/// Without history the page says so; its Atom feed (<see cref="SiteUrls.RecentChangesFeed"/>) has the same entries.
/// </summary>
public sealed record RecentChangesPage(bool Available, IReadOnlyList<RecentChangeView> Changes, int Limit, HistoryDate? StartsAt, string FeedUrl)
{
    public const string Title = "Recent changes";

    public static PagePlan Plan(SiteModel site, SiteHistory history) =>
        new(SiteUrls.RecentChanges, "layouts/recent-changes.html", "recent-changes", Title,
            "The latest changes to the classification specs, newest first, with what changed in each.",
            Crumbs.To(Title),
            new RecentChangesPage(history.Available, Views(site, history), SiteHistory.DefaultRecentCount,
                history.StartsAt is { } start ? HistoryDate.Of(start) : null, SiteUrls.RecentChangesFeed));

    public static IReadOnlyList<RecentChangeView> Views(SiteModel site, SiteHistory history) =>
        history.Recent.Select(c => new RecentChangeView(HistoryDate.Of(c.Revision.Date), c.Revision.Subject, c.Revision.Hash, c.Revision.ShortHash,
            KindName(c.Kind), c.Title, UrlOf(site, c), c.Revision.Summary, c.Path)).ToList();

    /// <summary>The feed of the same changes: titled "spec: commit subject", summarised in spec terms.</summary>
    public static FeedInfo Feed(SiteModel site, SiteHistory history, BaseUrl? baseUrl) => new(
        $"{Title} · {site.Config.Title}",
        site.Config.Organisation ?? site.Config.Title,
        site.Config.Language,
        baseUrl,
        SiteUrls.RecentChangesFeed,
        SiteUrls.RecentChanges,
        history.Recent.Select(c => new FeedEntry(c.Revision.Hash, c.Path, c.Revision.Date,
            $"{c.Title}: {c.Revision.Subject}",
            $"{KindName(c.Kind)}. {c.Revision.Summary}.",
            UrlOf(site, c) ?? SiteUrls.RecentChanges)).ToList());

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
