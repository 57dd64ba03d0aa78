using Rungs.Diagnostics;

namespace Rungs.Input;

/// <summary>
/// The files under a folder that Rungs may read (a content folder, a themes folder), found without ever opening one, and
/// the problems that stop others from being read. The rules (docs/security.md), so that a pull request can neither hang
/// a build nor publish a file of the machine that builds it:
/// a symbolic link is followed only to a place inside the folder, and never leads a folder to be read twice (a link to
/// a folder that is read at its own place is not entered, so links to `.` make no cycle); a link that leads outside,
/// dangles or loops is an error (RUNGS026); a FIFO, socket or device is an error and never opened (RUNGS027); a folder
/// that cannot be listed is an error (RUNGS001). Names starting with `.` are never content and are not looked at.
/// </summary>
public sealed record FolderListing(IReadOnlyList<ListedFile> Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Lists <paramref name="root"/>, or only the entry <paramref name="under"/> inside it (a file or a folder).</summary>
    /// <param name="displayRoot">How diagnostics name the folder (`content`, `themes`).</param>
    /// <param name="folderName">How messages name it (`the content folder`).</param>
    /// <param name="include">Which files, by relative path, to list; the others are still checked.</param>
    public static FolderListing Of(string root, string displayRoot, string folderName, string under = "", Func<string, bool>? include = null)
    {
        var walk = new Walk(RealPath.Of(root, out _) ?? Path.GetFullPath(root), displayRoot, folderName, include ?? (_ => true));
        if (under.Length == 0) walk.Enter(walk.Root, "");
        else if (!under.Split('/').Any(part => part.StartsWith('.')) && IsReal(Path.GetDirectoryName(Path.Combine(walk.Root, under))!))
            walk.Visit(Path.Combine(walk.Root, under), under);
        walk.Files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new FolderListing(walk.Files, walk.Problems.Items);
    }

    // One entry is looked at alone only when no link leads to it: what lies behind a link is judged from the link.
    private static bool IsReal(string folder) => RealPath.Of(folder, out _) == Path.GetFullPath(folder);

    private sealed class Walk(string root, string displayRoot, string folderName, Func<string, bool> include)
    {
        private readonly HashSet<string> _entered = new(StringComparer.Ordinal);

        public string Root => root;

        public List<ListedFile> Files { get; } = [];

        public DiagnosticList Problems { get; } = new();

        /// <summary>Lists the real folder <paramref name="folder"/>, known inside as <paramref name="relative"/>.</summary>
        public void Enter(string folder, string relative)
        {
            if (!_entered.Add(folder)) return;
            List<string> names;
            try
            {
                names = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().ToList();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                ReportUnreadable(Problems, Display(relative), e, "folder");
                return;
            }

            foreach (var name in names.Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal))
                Visit(Path.Combine(folder, name), relative.Length == 0 ? name : $"{relative}/{name}");
        }

        /// <summary>Looks at one entry at <paramref name="path"/> (its folder real), known inside as <paramref name="relative"/>.</summary>
        public void Visit(string path, string relative)
        {
            var kind = FileKinds.Of(path);
            if (kind == FileKind.SymbolicLink)
            {
                var target = new FileInfo(path).LinkTarget ?? "";
                var real = RealPath.Of(path, out var unresolved);
                if (real is null)
                {
                    Problems.Error(DiagnosticCodes.BadLink, SourcePosition.StartOf(Display(relative)),
                        unresolved == UnresolvedLink.Loop
                            ? $"the symbolic link never resolves: it leads round in a loop (to `{target}`)"
                            : $"the symbolic link leads to `{target}`, which does not exist",
                        "remove the link, or point it at a file inside " + folderName);
                    return;
                }

                if (!IsInside(real))
                {
                    Problems.Error(DiagnosticCodes.BadLink, SourcePosition.StartOf(Display(relative)),
                        $"the symbolic link leads outside {folderName}, to `{target}`; it is not read",
                        $"copy what it links to into {folderName}: rungs reads nothing outside it");
                    return;
                }

                kind = FileKinds.Of(real);
                // A folder inside is read at its own place; a link to it is entered only when that place is never read
                // (it is under a dot-folder), and then once.
                if (kind == FileKind.Directory && !Path.GetRelativePath(root, real).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.') && p != "."))
                    return;
                path = real;
            }

            switch (kind)
            {
                case FileKind.Directory:
                    Enter(path, relative);
                    break;
                case FileKind.Regular:
                    if (include(relative)) Files.Add(new ListedFile(relative, path));
                    break;
                case FileKind.Fifo or FileKind.Socket or FileKind.CharacterDevice or FileKind.BlockDevice:
                    Problems.Error(DiagnosticCodes.SpecialFile, SourcePosition.StartOf(Display(relative)),
                        $"the file is {Describe(kind)}, not a regular file; it is not read",
                        $"remove it from {folderName}: only Markdown and YAML text files belong there");
                    break;
            }
        }

        private bool IsInside(string real) =>
            real == root || real.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        private string Display(string relative) => relative.Length == 0 ? displayRoot : $"{displayRoot}/{relative}";

        private static string Describe(FileKind kind) => kind switch
        {
            FileKind.Fifo => "a named pipe (FIFO)",
            FileKind.Socket => "a socket",
            _ => "a device",
        };
    }

    /// <summary>
    /// Reports a file or folder the system would not read (RUNGS001), saying why in words that do not depend on the
    /// machine (no full paths): not "rungs failed unexpectedly".
    /// </summary>
    public static void ReportUnreadable(DiagnosticList problems, string display, Exception e, string what = "file") =>
        problems.Error(DiagnosticCodes.Unreadable, SourcePosition.StartOf(display),
            $"the {what} cannot be read ({(e is UnauthorizedAccessException ? "permission denied" : "the system reported an input/output error")})",
            $"give the user that runs rungs permission to read it ({(what == "file" ? "chmod a+r" : "chmod a+rx")})");
}
