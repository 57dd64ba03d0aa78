namespace Rungs.Input;

/// <summary>One file of a theme: its path inside the theme (`layouts/class.html`), where it came from, and its bytes.</summary>
public sealed record ThemeFile(string RelativePath, string DisplayPath, byte[] Bytes);

/// <summary>
/// A theme after layering: the default theme's files, each replaced by the file of the same path
/// in a more specific layer (the site's own theme folder). Later layers win.
/// </summary>
public sealed class ThemeFiles
{
    private readonly SortedDictionary<string, ThemeFile> _files = new(StringComparer.Ordinal);

    public IEnumerable<ThemeFile> All => _files.Values;

    public ThemeFile? Find(string relativePath) => _files.GetValueOrDefault(relativePath);

    /// <summary>What stopped theme files from being read (links that leave the themes folder, special files): errors of the build.</summary>
    public List<Diagnostics.Diagnostic> Problems { get; } = [];

    /// <summary>Adds a layer; its files override files of the same path from earlier layers.</summary>
    public void Overlay(IEnumerable<ThemeFile> layer)
    {
        foreach (var file in layer) _files[file.RelativePath] = file;
    }
}
