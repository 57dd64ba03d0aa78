using System.Text;
using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Publishing;

/// <summary>
/// Netlify's `_redirects` and `_headers` files, written by every build into the output root (README, "Publish with Netlify").
/// Pure functions of the site and its base URL: every path starts with the base URL's path, so a site published at
/// https://x.org/hr/ gets `/hr/c/4808`. Other hosts ignore both files.
/// </summary>
public static class NetlifyFiles
{
    public const string RedirectsPath = "_redirects";
    public const string HeadersPath = "_headers";

    /// <summary>The policy the default theme satisfies: only files of the site itself, no inline scripts, styles or event handlers.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Permanent redirects: short links by class code (`/c/4808`, also lower-cased when the code has capitals, since
    /// Netlify paths are case-sensitive) and by class slug (`/c/&lt;slug&gt;`; a slug classes of several series have gets
    /// no redirect, since its own page `c/&lt;slug&gt;/` lists them: Rendering/Pages/ShortLinkPage), then each class's `redirect_from` entries
    /// (an old slug in its series, or an old site-relative path). The first rule for a path wins, as on Netlify,
    /// so a path claimed twice is written once.
    /// </summary>
    public static string Redirects(SiteModel site, BaseUrl? baseUrl)
    {
        var basePath = SiteUrls.BasePath(baseUrl);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append("# Written by `rungs build`: short links to classes, and old addresses of moved classes. Do not edit.\n");

        void Add(string from, ClassSpec target)
        {
            var source = basePath + from;
            if (!seen.Add(source)) return;
            text.Append(source).Append("  ").Append(basePath).Append(SiteUrls.Clean(SiteUrls.Class(target))).Append("  301\n");
        }

        var classes = site.Classes.ToList();
        foreach (var spec in classes.Where(c => c.Code is { Length: > 0 }))
        {
            var code = spec.Code!;
            Add($"c/{code}", spec);
            var lower = code.ToLowerInvariant();
            if (lower != code) Add($"c/{lower}", spec);
        }

        foreach (var spec in classes.Where(c => !site.ClassNames.IsShared(c.Slug))) Add($"c/{spec.Slug}", spec);

        foreach (var spec in classes)
        {
            foreach (var old in spec.RedirectFrom)
                Add(old.StartsWith('/') ? old.TrimStart('/') : $"series/{spec.SeriesSlug}/{old}/", spec);
        }

        return text.ToString();
    }

    /// <summary>
    /// Security headers for every page, and a short cache for the theme's assets: their names do not change when their
    /// content does (they are not fingerprinted), so a long cache would keep old CSS and scripts in browsers after a deploy.
    /// </summary>
    public static string Headers(BaseUrl? baseUrl)
    {
        var basePath = SiteUrls.BasePath(baseUrl);
        return $"""
            # Written by `rungs build`: security headers for every page. Do not edit.
            {basePath}*
              Content-Security-Policy: {ContentSecurityPolicy}
              X-Content-Type-Options: nosniff
              Referrer-Policy: strict-origin-when-cross-origin
              X-Frame-Options: DENY
              Permissions-Policy: camera=(), microphone=(), geolocation=()
            # Asset names are not fingerprinted, so browsers must check for a newer copy before reusing one.
            {basePath}assets/*
              Cache-Control: public, max-age=0, must-revalidate

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
