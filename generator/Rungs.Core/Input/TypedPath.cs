namespace Rungs.Input;

/// <summary>
/// A folder named as the user typed it on the command line, so that messages name files the way the user named them:
/// `--content ../../tmp/x/content` prints `../../tmp/x/content/series/…`, an absolute `--content` prints absolute paths.
/// </summary>
public static class TypedPath
{
    /// <summary>The typed path with `/` separators, no trailing or doubled `/` and no leading `./` (`.` when nothing is left).</summary>
    public static string Clean(string typed)
    {
        var rooted = typed.StartsWith('/') || typed.StartsWith('\\');
        var parts = typed.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 1 && parts[0] == ".") parts.RemoveAt(0);
        var joined = string.Join('/', parts);
        if (rooted) return "/" + joined;
        return joined.Length == 0 ? "." : joined;
    }

    /// <summary>The folder that holds the typed one, written as typed: `content` → "" (the working folder), `a/content` → `a`, `.` → `..`.</summary>
    public static string ParentOf(string typed)
    {
        var clean = Clean(typed);
        if (clean == "/") return "/";
        var last = clean.LastIndexOf('/');
        var name = clean[(last + 1)..];
        if (name is "." or "..") return clean == "." ? ".." : clean + "/..";
        if (last < 0) return "";
        return last == 0 ? "/" : clean[..last];
    }

    /// <summary><paramref name="relative"/> inside the folder <paramref name="shown"/> (as <see cref="Clean"/> or <see cref="ParentOf"/> write it).</summary>
    public static string Join(string shown, string relative) =>
        shown.Length == 0 ? relative : shown.EndsWith('/') ? shown + relative : $"{shown}/{relative}";
}
