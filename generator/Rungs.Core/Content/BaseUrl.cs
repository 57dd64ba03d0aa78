namespace Rungs.Content;

/// <summary>
/// The absolute http(s) URL a site is published at, validated and in one normalised form: Uri's <see cref="Uri.AbsoluteUri"/>
/// (lower-case scheme and host, no default port, dot segments resolved) ending in exactly one `/`. Only a value made by
/// <see cref="TryParse"/> reaches the files that write it (robots.txt, sitemap, canonical links, feed, _redirects,
/// classes.csv, the 404 page, print headers), so none of them can receive a line break, a quote or markup from it.
/// </summary>
public sealed record BaseUrl
{
    private BaseUrl(Uri uri)
    {
        Text = uri.AbsoluteUri.TrimEnd('/') + "/";
        Path = uri.AbsolutePath.TrimEnd('/') + "/";
        Host = uri.Host.ToLowerInvariant();
    }

    /// <summary>The URL as every file writes it: `https://hr.example.org/specs/`.</summary>
    public string Text { get; }

    /// <summary>Its path, `/specs/` (`/` at a host's root), for pages served at any address and for redirects.</summary>
    public string Path { get; }

    /// <summary>Its host, lower case (`hr.example.org`).</summary>
    public string Host { get; }

    /// <summary>What a value must not be, in the words of a diagnostic that starts with the setting's name.</summary>
    public const string NotAbsolute = "must be an absolute URL starting with https:// or http://";

    /// <summary>The base URL written as <paramref name="value"/>, or null and why not (<paramref name="problem"/> continues the setting's name).</summary>
    public static BaseUrl? TryParse(string value, out string? problem)
    {
        problem = Problem(value, out var uri);
        return problem is null ? new BaseUrl(uri!) : null;
    }

    /// <summary>The base URL written as <paramref name="value"/>; a value that is not one is a caller's mistake.</summary>
    public static BaseUrl Parse(string value) =>
        TryParse(value, out var problem) ?? throw new ArgumentException($"the base URL {problem}, not \"{value}\"", nameof(value));

    private static string? Problem(string value, out Uri? uri)
    {
        uri = null;
        // Uri would quietly drop or escape these; as written they can end a line of robots.txt or an attribute of a page.
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>'))
            return "must not contain spaces, line breaks, control characters, quotes, `<` or `>`";
        if (!Uri.TryCreate(value, UriKind.Absolute, out uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp || uri.Host.Length == 0)
            return NotAbsolute;
        if (uri.UserInfo.Length > 0) return "must not hold a user name or password";
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || value.Contains('?') || value.Contains('#'))
            return "must not have a query (`?…`) or a fragment (`#…`)";
        return null;
    }
}
