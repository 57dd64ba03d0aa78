namespace Rungs.Content;

/// <summary>
/// Where every page lives, as a site-root-relative file path (`series/x/index.html`).
/// Pages link with these paths made relative to themselves, so the site works from any sub-path and from disk.
/// </summary>
public static class SiteUrls
{
    public const string Home = "index.html";
    public const string SeriesIndex = "series/index.html";

    /// <summary>Page <paramref name="number"/> of a large site's series index: the first is <see cref="SeriesIndex"/> (a dot no series slug has keeps the others apart from series).</summary>
    public static string SeriesIndexPage(int number) => number == 1 ? SeriesIndex : $"series/index-{number}.html";
    public const string ClassIndex = "classes/index.html";
    public const string CompetencyIndex = "competencies/index.html";
    public const string KsaIndex = "ksas/index.html";
    public const string JobModelIndex = "job-models/index.html";
    public const string NotFound = "404.html";
    public const string AnyTwoCompare = "compare/index.html";
    public const string CareerMap = "career-map/index.html";
    public const string Search = "search/index.html";
    /// <summary>The latest changes across all specs, from git history.</summary>
    public const string RecentChanges = "recent-changes/index.html";
    /// <summary>The Atom feed of the recent changes.</summary>
    public const string RecentChangesFeed = "recent-changes/feed.xml";

    /// <summary>The releases from git tags, newest first (only on a site in a git repository).</summary>
    public const string Releases = "releases/index.html";

    /// <summary>The Atom feed of the releases.</summary>
    public const string ReleasesFeed = "releases/index.xml";

    /// <summary>What one class's change in a release is, field by field (the release's folder is its tag, see ReleaseHistory).</summary>
    /// <param name="folder">The class's folder in the release, `series/slug`.</param>
    public static string ReleaseClass(string release, string folder) => $"releases/{release}/{folder}/index.html";

    /// <summary>The list of pay scales (only on a site that has some).</summary>
    public const string PayIndex = "pay/index.html";

    /// <summary>A pay scale's grid: each grade's range and the classes at that grade.</summary>
    public static string PayScale(string slug) => $"pay/{slug}/index.html";

    /// <summary>A grade's own page on a pay scale split by grade (<c>grade-13</c>).</summary>
    public static string PayGrade(string scaleSlug, string gradeId) => $"pay/{scaleSlug}/{gradeId}/index.html";

    public static string Series(string slug) => $"series/{slug}/index.html";
    public static string Class(ClassSpec spec) => $"series/{spec.SeriesSlug}/{spec.Slug}/index.html";
    /// <summary>Every level of a series side by side.</summary>
    public static string SeriesCompare(string series) => $"series/{series}/{CompareFolder}/index.html";

    /// <summary>What changes from one level to the next (works without JavaScript).</summary>
    public static string LevelStep(ClassSpec from, ClassSpec to) => $"series/{from.SeriesSlug}/{CompareFolder}/{from.Slug}..{to.Slug}/index.html";

    /// <summary>The folder of a series' comparison pages; a class may not take it as its slug.</summary>
    public const string CompareFolder = "compare";

    /// <summary>The page of a short link `/c/&lt;slug&gt;` that classes of several series share.</summary>
    public static string ShortLink(string slug) => $"c/{slug}/index.html";

    public static string Competency(string slug) => $"competencies/{slug}/index.html";
    public static string Ksa(string slug) => $"ksas/{slug}/index.html";
    public static string JobModel(string slug) => $"job-models/{slug}/index.html";
    public static string Asset(string name) => $"assets/{name}";

    /// <summary>The prefix that leads from a page back to the site root (`../../` for `series/x/index.html`).</summary>
    public static string RootFrom(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The clean, public form of a page path: `series/x/index.html` → `series/x/`.</summary>
    public static string Clean(string pagePath) =>
        pagePath.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? Clean(pagePath[..hash]) + pagePath[hash..]
        : pagePath == Home ? "" : pagePath.EndsWith("/index.html", StringComparison.Ordinal) ? pagePath[..^"index.html".Length] : pagePath;

    /// <summary>The absolute URL of a page when the site's base URL is known, else its root-relative path.</summary>
    public static string Absolute(BaseUrl? baseUrl, string pagePath) => BaseOf(baseUrl) + Clean(pagePath);

    /// <summary>The base URL in its normalised form (one trailing slash), or "/" when none is configured.</summary>
    public static string BaseOf(BaseUrl? baseUrl) => baseUrl?.Text ?? "/";

    /// <summary>The path part of the base URL ("/" or "/hr/specs/"), for pages served at arbitrary URLs such as 404.</summary>
    public static string BasePath(BaseUrl? baseUrl) => baseUrl?.Path ?? "/";
}
