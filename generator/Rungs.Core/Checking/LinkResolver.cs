using System.Net;

namespace Rungs.Checking;

/// <summary>
/// Resolves links the way a browser does from a page's own path, a folder meaning its `index.html`, into output paths.
/// Works in a buffer of its own, so resolving allocates nothing but what decoding entities or escapes needs. One per thread.
/// </summary>
internal sealed class LinkResolver(string sitePath)
{
    private char[] _path = new char[256];
    private int[] _segments = new int[32];

    /// <summary>Where <paramref name="raw"/> leads from a page in <paramref name="folder"/>.</summary>
    /// <param name="folder">The page's folder, with its trailing slash (`series/cs/`), or empty at the root.</param>
    /// <param name="target">The output path it leads to (for <see cref="LinkKind.Inside"/>); valid until the next call.</param>
    /// <param name="fragment">Its `#fragment`, unescaped, or empty (for all but <see cref="LinkKind.External"/>).</param>
    /// <param name="byDepthOnly">
    /// Set when the answer depends on how deep the folder is but not on its names (`../../assets/site.css`, `/x`,
    /// `https:…`, `#main`), so it holds for every page at that depth.
    /// </param>
    public LinkKind Resolve(ReadOnlySpan<char> folder, string raw, out ReadOnlySpan<char> target, out ReadOnlySpan<char> fragment,
        out bool byDepthOnly)
    {
        byDepthOnly = true;
        target = fragment = default;
        var url = (raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw).AsSpan().Trim();
        if (IsExternal(url)) return LinkKind.External;

        var hash = url.IndexOf('#');
        fragment = hash < 0 ? "" : Unescaped(url[(hash + 1)..]);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        if (path.Contains('%')) path = Uri.UnescapeDataString(path);

        ReadOnlySpan<char> start;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(sitePath, StringComparison.Ordinal)) return LinkKind.External;
            start = "";
            path = path[sitePath.Length..];
        }
        else if (path.Length == 0)
            return LinkKind.ThisPage;
        else
            start = folder;

        // Segments are appended to the buffer one by one, each start remembered, so `..` simply steps back to the last.
        var needed = start.Length + path.Length + "/index.html".Length + 1;
        if (_path.Length < needed) _path = new char[Math.Max(needed, _path.Length * 2)];
        var length = 0;
        var depth = 0;
        foreach (var range in start.Split('/'))
            if (!start[range].IsEmpty) Push(start[range], ref length, ref depth);
        // How many of the folder's own segments are still in the path: once none are, their names no longer matter.
        var folderLeft = depth;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment is "" or ".") continue;
            if (segment is "..")
            {
                if (depth == 0) return LinkKind.Outside;
                length = _segments[--depth];
                folderLeft = Math.Min(folderLeft, depth);
            }
            else Push(segment, ref length, ref depth);
        }

        byDepthOnly = folderLeft == 0;

        var isFolder = path.Length == 0 || path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal)
                       || path is "." or "..";
        if (isFolder)
        {
            var index = length == 0 ? "index.html" : "/index.html";
            index.CopyTo(_path.AsSpan(length));
            length += index.Length;
        }

        target = _path.AsSpan(0, length);
        return LinkKind.Inside;
    }

    private void Push(ReadOnlySpan<char> segment, ref int length, ref int depth)
    {
        if (depth == _segments.Length) Array.Resize(ref _segments, depth * 2);
        _segments[depth++] = length;
        if (length > 0) _path[length++] = '/';
        segment.CopyTo(_path.AsSpan(length));
        length += segment.Length;
    }

    private static ReadOnlySpan<char> Unescaped(ReadOnlySpan<char> text) => text.Contains('%') ? Uri.UnescapeDataString(text) : text;

    /// <summary>A URL with a scheme (`https:`, `mailto:`, `javascript:`…) or a host (`//cdn…`) is not the site's to check.</summary>
    private static bool IsExternal(ReadOnlySpan<char> url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        var slash = url.IndexOfAny('/', '?', '#');
        return (slash < 0 || colon < slash) && char.IsAsciiLetter(url[0]);
    }
}
