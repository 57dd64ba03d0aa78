using Rungs.Incremental;
using Rungs.Input;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Incremental;

/// <summary>
/// The dev server keeps the theme's parsed templates from one save to the next while no theme file changes; a theme edit
/// must be rendered with the edited templates, and later saves with those, never with the ones parsed before it.
/// </summary>
public sealed class ThemeEditRebuildTests
{
    [Fact]
    public void A_theme_edit_is_rendered_at_once_and_by_every_later_save()
    {
        using var siteThemes = new TempDirectory();
        var session = new SiteSession(new DiskThemeSource(Repo.Themes, siteThemes.Path, Repo.Root));
        var files = GeneratedCorpus.Files(12, 3);
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();
        var classPage = session.Files.Keys.First(p => p.StartsWith("series/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3 && !p.Contains("/compare/", StringComparison.Ordinal));
        Assert.DoesNotContain("Edited footer", Text(session, classPage));

        // The site's own copy of the footer partial, changed: a theme edit.
        var footer = Path.Combine(siteThemes.Path, "default", "partials", "site-footer.html");
        Directory.CreateDirectory(Path.GetDirectoryName(footer)!);
        File.WriteAllText(footer, File.ReadAllText(Path.Combine(Repo.Themes, "default", "partials", "site-footer.html")).Replace("</footer>", "<p>Edited footer</p></footer>", StringComparison.Ordinal));
        Assert.False(session.Rebuild(ContentSources.FromText(files)).HasErrors);
        session.CompleteRebuild();
        Assert.Contains("Edited footer", Text(session, classPage));

        // A content save after it reuses the parsed templates: the edited ones.
        var edited = files.Keys.First(p => p.StartsWith("series/", StringComparison.Ordinal) && !p.EndsWith("_series.md", StringComparison.Ordinal));
        files[edited] += "\nOne more sentence.\n";
        var report = session.Rebuild(ContentSources.FromText(files));
        Assert.False(report.HasErrors);
        Assert.False(report.Full);
        session.CompleteRebuild();
        Assert.All(session.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && Text(session, p).Contains("site-footer", StringComparison.Ordinal)),
            p => Assert.Contains("Edited footer", Text(session, p)));
    }

    private static string Text(SiteSession session, string path) => System.Text.Encoding.UTF8.GetString(session.Files[path].Bytes);
}
