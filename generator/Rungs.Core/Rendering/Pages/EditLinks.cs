using Rungs.Linking;
using Rungs.Parsing;

namespace Rungs.Rendering.Pages;

/// <summary>The "Edit this page" link of a spec's page: site.yml `edit_url` and the spec's file in the content folder.</summary>
internal static class EditLinks
{
    /// <summary>Where the file of the spec of <paramref name="kind"/> with <paramref name="slug"/> (a class's in <paramref name="seriesSlug"/>) is edited; null on a site without `edit_url`.</summary>
    public static string? Of(SiteModel site, ContentKind kind, string slug, string? seriesSlug = null) =>
        site.Config.EditLinkOf(ContentPath.FileOf(kind, slug, seriesSlug));
}
