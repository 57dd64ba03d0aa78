namespace Rungs.Parsing;

/// <summary>
/// Which URLs written in content may become a link or an image on a page. An allow-list of schemes, not a block-list,
/// because browsers keep adding schemes that run code or open other programs.
/// </summary>
public static class UrlSafety
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];

    // Raster images only: an SVG in a data: URL can carry script, and the site's Content-Security-Policy allows data: images.
    private static readonly string[] DataImageTypes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp", "data:image/avif"];

    /// <summary>True for a relative URL (no scheme) or one whose scheme is http, https, mailto or tel; for an image also a raster data: image.</summary>
    public static bool IsSafe(string url, bool isImage = false)
    {
        var scheme = SchemeOf(url);
        if (scheme is null) return true;
        if (LinkSchemes.Contains(scheme)) return true;
        if (!isImage || scheme != "data") return false;
        var cleaned = Clean(url).ToLowerInvariant();
        return DataImageTypes.Any(t => cleaned.StartsWith(t, StringComparison.Ordinal) && cleaned.Length > t.Length && cleaned[t.Length] is ';' or ',');
    }

    /// <summary>The lowercase scheme of a URL, as a browser would read it, or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = Clean(url);
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = cleaned[..colon];
        // A `/`, `?` or `#` before the colon makes it part of a path (`a/b:c`), not a scheme.
        if (!char.IsAsciiLetter(candidate[0]) || !candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            return candidate.IndexOfAny(['/', '?', '#']) >= 0 ? null : "invalid";
        return candidate.ToLowerInvariant();
    }

    /// <summary>
    /// The URL as a browser parses it: leading and trailing spaces and control characters dropped, and tabs and
    /// line breaks removed anywhere, so `java&#9;script:` is seen for what it is.
    /// </summary>
    private static string Clean(string url) =>
        new(url.Trim().Where(c => !char.IsControl(c)).ToArray());
}
