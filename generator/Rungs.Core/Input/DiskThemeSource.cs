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

    /// <summary>Every file under both theme roots read now, once: for a build's input fingerprint and then for the build itself.</summary>
    public ThemeSnapshot Snapshot() => new(builtInThemes, siteThemes, displayBase);
}
