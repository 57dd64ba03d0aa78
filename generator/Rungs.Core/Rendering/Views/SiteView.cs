using Rungs.Content;

namespace Rungs.Rendering.Views;

/// <summary>Site-wide values every template can read as `site`.</summary>
public sealed record SiteView(
    string Title,
    string? Organisation,
    string? Description,
    string Language,
    string BaseUrl,
    IReadOnlyList<NavItem> Nav)
{
    /// <summary>The built-in sections of the header (pay only on a site with pay scales, releases only with releases), followed by the site's own `nav` links.</summary>
    public static SiteView Of(SiteConfig config, BaseUrl? baseUrl, bool hasPay = false, bool hasReleases = false) => new(
        config.Title,
        config.Organisation,
        config.Description,
        config.Language,
        SiteUrls.BaseOf(baseUrl),
        [
            new NavItem("Series", SiteUrls.SeriesIndex, false),
            new NavItem("Career map", SiteUrls.CareerMap, false),
            new NavItem("All classes", SiteUrls.ClassIndex, false),
            .. hasPay ? [new NavItem("Pay", SiteUrls.PayIndex, false)] : Array.Empty<NavItem>(),
            new NavItem("Compare", SiteUrls.AnyTwoCompare, false),
            new NavItem("Competencies", SiteUrls.CompetencyIndex, false),
            new NavItem("KSAs", SiteUrls.KsaIndex, false),
            new NavItem("Job models", SiteUrls.JobModelIndex, false),
            .. hasReleases ? [new NavItem("Releases", SiteUrls.Releases, false)] : Array.Empty<NavItem>(),
            .. config.Nav.Select(NavItem.Of),
        ]);
}

/// <summary>A header link; `Absolute` links are used as written, others are made relative to the page.</summary>
public sealed record NavItem(string Title, string Url, bool Absolute)
{
    public static NavItem Of(NavLink link)
    {
        var absolute = link.Url.Contains("://", StringComparison.Ordinal) || link.Url.StartsWith("mailto:", StringComparison.Ordinal);
        var url = absolute ? link.Url : link.Url.TrimStart('/');
        if (!absolute && (url.Length == 0 || url.EndsWith('/'))) url += "index.html";
        return new NavItem(link.Title, url, absolute);
    }
}
