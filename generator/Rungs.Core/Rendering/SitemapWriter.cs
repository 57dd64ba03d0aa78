using System.Security;
using System.Text;
using Rungs.Content;

namespace Rungs.Rendering;

/// <summary>Writes `sitemap.xml` and `robots.txt` for the pages that search engines should list.</summary>
public static class SitemapWriter
{
    /// <param name="paths">The output paths of the pages to list (any order).</param>
    public static string Sitemap(IEnumerable<string> paths, Content.BaseUrl? baseUrl)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in paths.Order(StringComparer.Ordinal))
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(SiteUrls.Absolute(baseUrl, path))).Append("</loc></url>\n");
        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    /// <summary>robots.txt; its Sitemap line must be an absolute URL, so it is left out when the base URL is unknown.</summary>
    public static string Robots(Content.BaseUrl? baseUrl) =>
        baseUrl is null
            ? "User-agent: *\nAllow: /\n"
            : $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.BaseOf(baseUrl)}sitemap.xml\n";
}
