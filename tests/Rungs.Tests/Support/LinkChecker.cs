using System.Text;

namespace Rungs.Tests.Support;

/// <summary>
/// Follows every relative link (href, src, form action) of every generated page, the way a browser would
/// from the page's own path, and reports links whose file is not generated or whose #fragment has no id.
/// </summary>
public static class LinkChecker
{
    /// <param name="files">Generated files by site-relative path.</param>
    /// <param name="basePath">The path the site is served at ("/" or "/hr/specs/"), for root-relative links.</param>
    /// <param name="include">Which links to check (all when null).</param>
    public static IReadOnlyList<string> BrokenLinks(IReadOnlyDictionary<string, byte[]> files, string basePath = "/", Func<string, bool>? include = null)
    {
        var problems = new List<string>();
        var ids = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);
        ISet<string> IdsOf(string path) =>
            ids.TryGetValue(path, out var set) ? set : ids[path] = Html.Ids(Encoding.UTF8.GetString(files[path]));

        foreach (var (page, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        foreach (var link in Html.Links(Encoding.UTF8.GetString(bytes)).Distinct())
        {
            if (IsExternal(link) || (include is not null && !include(link))) continue;
            var hash = link.IndexOf('#');
            var (target, fragment) = hash < 0 ? (link, "") : (link[..hash], link[(hash + 1)..]);
            var query = target.IndexOf('?');
            if (query >= 0) target = target[..query];

            var resolved = Resolve(page, target, basePath);
            if (resolved is null)
            {
                problems.Add($"{page}: \"{link}\" points outside the site");
                continue;
            }

            if (!files.ContainsKey(resolved))
            {
                problems.Add($"{page}: \"{link}\" → {resolved}, which is not generated");
                continue;
            }

            if (fragment.Length > 0 && resolved.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(resolved).Contains(fragment))
                problems.Add($"{page}: \"{link}\" → {resolved} has no id=\"{fragment}\"");
        }

        return problems;
    }

    public static bool IsExternal(string link) =>
        link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal)
        || link.StartsWith("tel:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal);

    /// <summary>The site-relative file a link leads to from a page, or null when it leaves the site.</summary>
    public static string? Resolve(string page, string target, string basePath = "/")
    {
        List<string> parts;
        if (target.StartsWith('/'))
        {
            if (!target.StartsWith(basePath, StringComparison.Ordinal)) return null;
            parts = [];
            target = target[basePath.Length..];
        }
        else
        {
            parts = page.Split('/').SkipLast(1).ToList();
            if (target.Length == 0) return page;
        }

        foreach (var segment in target.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }

        var path = string.Join('/', parts);
        return target.Length == 0 || target.EndsWith('/') ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }
}
