using Rungs.Pipeline;
using Rungs.Rendering;

namespace Rungs.Input;

/// <summary>
/// Themes from disk: the built-in default theme shipped with rungs, overlaid by the site's own
/// `themes/default/` and then `themes/&lt;name&gt;/` folders, template by template and asset by asset.
/// </summary>
public sealed class DiskThemeSource(string builtInThemes, string siteThemes, string displayBase) : IThemeSource
{
    public ThemeFiles? Load(string themeName)
    {
        var (layers, found) = ThemeReader.Locate(builtInThemes, siteThemes, themeName);
        return found ? ThemeReader.Read(layers, displayBase) : null;
    }

    /// <summary>Every file under both theme roots, for the build's input fingerprint (whichever theme the site names).</summary>
    public IEnumerable<(string Path, byte[] Bytes)> AllFiles() =>
        new[] { ("built-in", builtInThemes), ("site", siteThemes) }
            .Where(root => Directory.Exists(root.Item2))
            .SelectMany(root => Directory.EnumerateFiles(root.Item2, "*", SearchOption.AllDirectories)
                .Select(f => ($"{root.Item1}/{Path.GetRelativePath(root.Item2, f).Replace('\\', '/')}", File.ReadAllBytes(f))));
}
