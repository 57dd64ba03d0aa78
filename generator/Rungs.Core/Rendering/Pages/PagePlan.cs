using Rungs.Rendering.Views;

namespace Rungs.Rendering.Pages;

/// <summary>One page to render: where it goes, which layout renders it, and the model that layout reads.</summary>
/// <param name="Path">Output path relative to the site root (`series/x/index.html`).</param>
/// <param name="Layout">Theme template, e.g. `layouts/class.html`.</param>
/// <param name="Kind">The page type (`class`, `series`, …), for CSS and tests.</param>
/// <param name="InSitemap">Whether search engines should list the page.</param>
public sealed record PagePlan(
    string Path,
    string Layout,
    string Kind,
    string Title,
    string? Description,
    IReadOnlyList<LinkView> Breadcrumbs,
    object Model,
    bool InSitemap = true)
{
    /// <summary>The content file the page is made from, where the build reports a broken link on it; null for site pages.</summary>
    public string? Source { get; init; }

    /// <summary>True for a page search engines must not index (`&lt;meta name="robots" content="noindex"&gt;`): a draft's.</summary>
    public bool NoIndex { get; init; }
}
