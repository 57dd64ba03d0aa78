namespace Rungs.Input;

/// <summary>Why a symbolic link could not be resolved.</summary>
public enum UnresolvedLink
{
    None,
    /// <summary>The link (or one it leads through) names something that does not exist.</summary>
    Dangling,
    /// <summary>The links lead round in a circle and never reach a file.</summary>
    Loop,
}

/// <summary>
/// A path with every symbolic link along it resolved, as `realpath` gives it: the one name of a file or folder, however
/// it was reached, so that "is it inside the content folder" and "was this folder already read" compare real places.
/// </summary>
public static class RealPath
{
    // As the Linux kernel: more links than this on the way is taken for a loop.
    private const int MaxLinks = 40;

    /// <summary>The real path of an existing entry, or null and why not.</summary>
    public static string? Of(string path, out UnresolvedLink problem)
    {
        var links = 0;
        var result = Follow(Path.GetPathRoot(Path.GetFullPath(path))!, Path.GetFullPath(path), ref links, out problem);
        return problem == UnresolvedLink.None ? result : null;
    }

    /// <summary>Walks <paramref name="path"/> part by part from the real folder <paramref name="from"/>, replacing each link by its target.</summary>
    private static string Follow(string from, string path, ref int links, out UnresolvedLink problem)
    {
        problem = UnresolvedLink.None;
        var current = Path.IsPathRooted(path) ? Path.GetPathRoot(path)! : from;
        var rest = Path.IsPathRooted(path) ? path[Path.GetPathRoot(path)!.Length..] : path;
        foreach (var part in rest.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            // `..` leaves the real folder reached so far, not the name written before it: as the kernel reads a path.
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            switch (FileKinds.Of(next))
            {
                case FileKind.Missing:
                    problem = UnresolvedLink.Dangling;
                    return next;
                case FileKind.SymbolicLink when ++links > MaxLinks:
                    problem = UnresolvedLink.Loop;
                    return next;
                case FileKind.SymbolicLink:
                    next = Follow(current, new FileInfo(next).LinkTarget!, ref links, out problem);
                    if (problem != UnresolvedLink.None) return next;
                    break;
            }

            current = next;
        }

        return current;
    }
}
