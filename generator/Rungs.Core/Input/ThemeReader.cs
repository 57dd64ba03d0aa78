namespace Rungs.Input;

/// <summary>Reads theme folders from disk and layers them: built-in default, then the site's own theme folders.</summary>
public static class ThemeReader
{
    /// <summary>The theme folders to layer for a site, lowest priority first, and whether the named theme exists.</summary>
    public static (IReadOnlyList<string> Layers, bool Found) Locate(string builtInThemes, string siteThemes, string theme)
    {
        var layers = new List<string>();
        // A name that is not a theme's (a path, `..`) must not lead the reader to folders outside the theme roots.
        if (!Content.SiteConfig.IsValidThemeName(theme)) return (layers, false);
        void Add(string dir)
        {
            if (Directory.Exists(dir) && !layers.Any(l => SamePath(l, dir))) layers.Add(dir);
        }

        Add(Path.Combine(builtInThemes, "default"));
        Add(Path.Combine(siteThemes, "default"));
        var before = layers.Count;
        if (theme != "default")
        {
            Add(Path.Combine(builtInThemes, theme));
            Add(Path.Combine(siteThemes, theme));
        }

        var found = theme == "default" ? layers.Count > 0 : layers.Count > before;
        return (layers, found);
    }

    /// <summary>The layers overlaid in order, their files listed and read by the given functions.</summary>
    /// <param name="filesUnder">The full paths of every file under a folder, at any depth.</param>
    /// <param name="readBytes">A file's bytes by full path.</param>
    public static ThemeFiles Read(IEnumerable<string> layers, DisplayBase displayBase, Func<string, IEnumerable<string>> filesUnder, Func<string, byte[]> readBytes)
    {
        var theme = new ThemeFiles();
        foreach (var dir in layers)
        {
            theme.Overlay(filesUnder(dir)
                .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/'))
                .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new ThemeFile(p, displayBase.Show(Path.Combine(dir, p)), readBytes(Path.Combine(dir, p)))));
        }

        return theme;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd('/'), Path.GetFullPath(b).TrimEnd('/'), StringComparison.Ordinal);
}
