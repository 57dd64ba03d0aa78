namespace Rungs.Input;

/// <summary>
/// Themes from disk: the built-in default theme shipped with rungs, overlaid by the site's own
/// `themes/default/` and then `themes/&lt;name&gt;/` folders, template by template and asset by asset.
/// </summary>
public sealed class DiskThemeSource(string builtInThemes, string siteThemes, DisplayBase displayBase) : IThemeSource
{
    /// <summary>The named theme, read from disk now under the rules of <see cref="FolderListing"/> (a snapshot taken for this one load).</summary>
    public ThemeFiles? Load(string themeName) => Snapshot().Load(themeName);

    /// <summary>The named theme layered as <see cref="Load(string)"/> does, from files listed and read by the given functions.</summary>
    /// <param name="filesUnder">The full paths of every file under a folder, at any depth.</param>
    /// <param name="readBytes">A file's bytes by full path.</param>
    internal ThemeFiles? Load(string themeName, Func<string, IEnumerable<string>> filesUnder, Func<string, byte[]> readBytes)
    {
        var (layers, found) = ThemeReader.Locate(builtInThemes, siteThemes, themeName);
        return found ? ThemeReader.Read(layers, displayBase, filesUnder, readBytes) : null;
    }

    /// <summary>Every file under both theme roots read now, once: for a build's input fingerprint and then for the build itself.</summary>
    public ThemeSnapshot Snapshot() => new(this, builtInThemes, siteThemes, displayBase);
}
