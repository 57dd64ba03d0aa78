using Rungs.Pipeline;
using Rungs.Rendering;

namespace Rungs.Input;

/// <summary>
/// Every file under both theme roots (built-in and the site's), read once, whichever theme the site names: the build's
/// input fingerprint hashes them (<see cref="Files"/>) and the build layers its theme from the same bytes
/// (<see cref="Load"/>), so what was hashed is what was built, and no theme file is read twice.
/// </summary>
public sealed class ThemeSnapshot : IThemeSource
{
    private readonly string _builtInThemes;
    private readonly string _siteThemes;
    private readonly string _displayBase;
    private readonly SortedDictionary<string, byte[]> _bytesByFullPath = new(StringComparer.Ordinal);

    public ThemeSnapshot(string builtInThemes, string siteThemes, string displayBase)
    {
        (_builtInThemes, _siteThemes, _displayBase) = (builtInThemes, siteThemes, displayBase);
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (var (name, root) in new[] { ("built-in", builtInThemes), ("site", siteThemes) })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var bytes = _bytesByFullPath[path] = File.ReadAllBytes(path);
                files.Add(($"{name}/{Path.GetRelativePath(root, path).Replace('\\', '/')}", bytes));
            }
        }

        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        Files = files;
    }

    /// <summary>Every file of both roots by root (`built-in/…`, `site/…`) and path, in ordinal order.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files { get; }

    public ThemeFiles? Load(string themeName)
    {
        var (layers, found) = ThemeReader.Locate(_builtInThemes, _siteThemes, themeName);
        return found ? ThemeReader.Read(layers, _displayBase, FilesUnder, path => _bytesByFullPath[path]) : null;
    }

    private IEnumerable<string> FilesUnder(string folder)
    {
        var prefix = folder.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
        return _bytesByFullPath.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal));
    }
}
