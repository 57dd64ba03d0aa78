namespace Rungs.Content;

/// <summary>A link the site adds to its header navigation.</summary>
public sealed record NavLink(string Title, string Url);

/// <summary>The site's settings from `site.yml`.</summary>
public sealed record SiteConfig(
    string Title,
    string? Organisation,
    string? Description,
    string? BaseUrl,
    string Theme,
    string Language,
    IReadOnlyList<NavLink> Nav)
{
    public const string DefaultTheme = "default";
}
