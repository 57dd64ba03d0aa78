using Rungs.Input;
using Rungs.Tests.Support;

namespace Rungs.Tests.Input;

/// <summary>
/// A build reads every theme file once (<see cref="ThemeSnapshot"/>): it hashes them all for the no-change check and layers
/// its theme from the same bytes, exactly as the theme would be layered from disk.
/// </summary>
public sealed class ThemeSnapshotTests
{
    [Fact]
    public void A_snapshot_layers_a_theme_exactly_as_reading_it_from_disk_does()
    {
        using var dir = new TempDirectory();
        dir.WriteText("themes/default/layouts/class.html", "<p>site override</p>\n");
        dir.WriteText("themes/dark/assets/site.css", "body { background: black; }\n");
        dir.WriteText("themes/dark/.hidden/notes.txt", "not a theme file\n");
        var disk = new DiskThemeSource(Repo.Themes, dir.Combine("themes"), dir.Path);

        var snapshot = disk.Snapshot();

        foreach (var theme in new[] { "default", "dark" })
        {
            var expected = disk.Load(theme)!.All.Select(f => (f.RelativePath, f.DisplayPath, Convert.ToHexString(f.Bytes))).ToList();
            var actual = snapshot.Load(theme)!.All.Select(f => (f.RelativePath, f.DisplayPath, Convert.ToHexString(f.Bytes))).ToList();
            Assert.Equal(expected, actual);
        }

        Assert.Null(snapshot.Load("missing"));
    }

    [Fact]
    public void A_snapshot_lists_every_file_of_both_roots_for_the_fingerprint_and_ignores_later_edits()
    {
        using var dir = new TempDirectory();
        dir.WriteText("themes/default/layouts/class.html", "<p>before</p>\n");
        var snapshot = new DiskThemeSource(Repo.Themes, dir.Combine("themes"), dir.Path).Snapshot();

        dir.WriteText("themes/default/layouts/class.html", "<p>after</p>\n");

        Assert.Contains(snapshot.Files, f => f.Path == "site/default/layouts/class.html");
        Assert.Contains(snapshot.Files, f => f.Path.StartsWith("built-in/default/", StringComparison.Ordinal));
        Assert.Equal(snapshot.Files.Select(f => f.Path).Order(StringComparer.Ordinal), snapshot.Files.Select(f => f.Path));
        Assert.Equal("<p>before</p>\n"u8.ToArray(), snapshot.Load("default")!.Find("layouts/class.html")!.Bytes);
    }
}
