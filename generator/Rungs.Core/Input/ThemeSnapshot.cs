namespace Rungs.Input;

/// <summary>
/// Every file under both theme roots (built-in and the site's), read once, whichever theme the site names: the build's
/// input fingerprint hashes them (<see cref="Files"/>) and the build layers its theme from the same bytes
/// (<see cref="Load"/>), so what was hashed is what was built, and no theme file is read twice.
/// </summary>
public sealed class ThemeSnapshot : IThemeSource
{
    // Layers the theme as the disk source does, only from the bytes read here.
    private readonly DiskThemeSource _disk;
    private readonly SortedDictionary<string, byte[]> _bytesByFullPath = new(StringComparer.Ordinal);

    private readonly List<Diagnostics.Diagnostic> _problems = [];

    internal ThemeSnapshot(DiskThemeSource disk, string builtInThemes, string siteThemes, DisplayBase displayBase)
    {
        _disk = disk;
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (var (name, root) in new[] { ("built-in", builtInThemes), ("site", siteThemes) })
        {
            if (!Directory.Exists(root)) continue;
            // A theme file that links outside its themes folder, or is no regular file, is reported and never read.
            var display = displayBase.Show(root);
            var listing = FolderListing.Of(root, display, "the themes folder");
            _problems.AddRange(listing.Problems);
            foreach (var (relative, full) in listing.Files)
            {
                var problems = new Diagnostics.DiagnosticList();
                var bytes = _bytesByFullPath[Path.Combine(root, relative)] = ReadTheme(full, $"{display}/{relative}", problems);
                _problems.AddRange(problems.Items);
                files.Add(($"{name}/{relative}", bytes));
            }
        }

        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        Files = files;
    }

    /// <summary>Every file of both roots by root (`built-in/…`, `site/…`) and path, in ordinal order.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files { get; }

    public ThemeFiles? Load(string themeName)
    {
        var theme = _disk.Load(themeName, FilesUnder, path => _bytesByFullPath[path]);
        theme?.Problems.AddRange(_problems);
        return theme;
    }

    private static byte[] ReadTheme(string full, string display, Diagnostics.DiagnosticList problems)
    {
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            FolderListing.ReportUnreadable(problems, display, e);
            return [];
        }
    }

    private IEnumerable<string> FilesUnder(string folder)
    {
        var prefix = folder.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
        return _bytesByFullPath.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal));
    }
}
