using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Linting;
using Rungs.Parsing;
using Rungs.Pipeline;

namespace Rungs.Incremental;

/// <summary>
/// The dev server's fast way to validate an edit: parse only the edited documents and patch them into the last good
/// linked site (<see cref="SitePatch"/>), instead of parsing the whole folder again and linking every document. Taken only
/// when the result is provably what <see cref="SitePipeline.Validate"/> gives: the last good site had no errors (so linking
/// reported nothing), every edited file is a spec that was there before and is still there, each parses without errors,
/// and linking reads the same of it as before (<see cref="LinkInputs"/>). Anything else is validated in full.
/// </summary>
public static class PatchedSite
{
    /// <summary>At most this many edited files are patched; a larger change (a branch switch) is validated in full.</summary>
    private const int MaxFiles = 16;

    /// <param name="site">The last good site.</param>
    /// <param name="diagnostics">Its diagnostics (warnings only: a good site has no errors).</param>
    /// <param name="changed">The content-relative paths whose text differs from the last good site's, in ordinal order.</param>
    /// <returns>The validated site, or null when it must be validated in full.</returns>
    public static ValidatedSite? TryValidate(SiteModel site, IReadOnlyList<Diagnostic> diagnostics, ContentSources sources,
        IReadOnlyList<string> changed, Input.IThemeSource themes, StageClock clock, DateOnly? today = null)
    {
        if (changed.Count is 0 or > MaxFiles || sources.Problems.Count > 0 || diagnostics.Any(d => d.Severity == Severity.Error)) return null;
        var paths = changed.Select(ContentPath.Of).ToList();
        if (paths.Any(p => p.Kind is not (ContentKind.Class or ContentKind.Series or ContentKind.Competency or ContentKind.Ksa or ContentKind.JobModel)))
            return null;

        var edited = new List<SourceFile>();
        foreach (var path in changed)
        {
            // A path that is gone is a removed document: linking changes.
            if (Find(sources, path) is not { Text: not null } file) return null;
            edited.Add(file);
        }

        // site.yml is parsed with the edited files because the bodies depend on it (raw_html, sections); it is small. The
        // first settings file in path order, as ParseSettings and ParseStage take it (site.yaml before site.yml).
        var siteConfig = sources.Files.FirstOrDefault(f => ContentPath.IsSiteConfig(f.RelativePath));
        if (siteConfig is null) return null;
        var parsed = clock.Time("parse", () => ParseStage.Run(new ContentSources([siteConfig, .. edited], []) { DisplayRoot = sources.DisplayRoot }));
        if (parsed.Diagnostics.Any(d => d.Severity == Severity.Error)) return null;

        var replacements = new List<(object Old, object New)>();
        for (var i = 0; i < edited.Count; i++)
        {
            var old = Current(site, paths[i], edited[i].DisplayPath);
            var now = Parsed(parsed, edited[i].DisplayPath);
            if (old is null || now is null || !LinkInputs.Same(old, now)) return null;
            replacements.Add((old, now));
        }

        var theme = themes.Load(site.Config.Theme);
        if (theme is null || theme.Problems.Count > 0) return null;
        var patched = clock.Time("link", () => SitePatch.Apply(site, replacements));

        // The edited files' own warnings replace the ones they had; every other diagnostic is unchanged, but the lints'
        // are found again where an edit can change them. A lint that judges each file alone (gendered wording) reads only
        // the edited files, and one that judges each series alone (a duty repeated at the level below) only the edited
        // files' series: their findings elsewhere stand. Any other lint is found again in full.
        var editedDisplay = edited.Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var editedSeries = LintContext.SeriesOf(changed);
        // A file is in a series only if its path names it: that quick look spares reading the layout of 12,000 paths per save.
        var inEditedSeries = sources.Files
            .Where(f => editedSeries.Any(s => f.RelativePath.Contains(s, StringComparison.Ordinal)) && LintContext.SeriesOf(f.RelativePath) is { } series && editedSeries.Contains(series))
            .Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var all = new DiagnosticList();
        all.AddRange(diagnostics.Where(d => !editedDisplay.Contains(d.Position.Path) && (!LintRules.IsLintCode(d.Code) || LintRules.IsPerFileCode(d.Code)
            || (LintRules.IsPerSeriesCode(d.Code) && !inEditedSeries.Contains(d.Position.Path)))));
        all.AddRange(parsed.Diagnostics.Where(d => editedDisplay.Contains(d.Position.Path)));
        var editedPaths = changed.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Diagnostic> lints = today is { } date ? clock.Time("lint", () => LintStage.Run(patched, sources, date, editedPaths)) : [];
        if (lints.Any(d => d.Severity == Severity.Error)) return null;
        all.AddRange(lints);
        return new ValidatedSite(all.Sorted(), patched, theme);
    }

    /// <summary>A file of the sources by content-relative path (the files are in ordinal path order).</summary>
    private static SourceFile? Find(ContentSources sources, string relativePath)
    {
        int low = 0, high = sources.Files.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var c = string.CompareOrdinal(sources.Files[middle].RelativePath, relativePath);
            if (c == 0) return sources.Files[middle];
            if (c < 0) low = middle + 1;
            else high = middle - 1;
        }

        return null;
    }

    /// <summary>The document the site holds for a path, if the site holds it from that file.</summary>
    private static object? Current(SiteModel site, ContentPath path, string displayPath)
    {
        var found = site.DocumentAt(path);
        return found is not null && PositionOf(found)?.Path == displayPath ? found : null;
    }

    private static object? Parsed(ParsedContent parsed, string displayPath) =>
        ((IEnumerable<object>)parsed.Series).Concat(parsed.Classes).Concat(parsed.Competencies).Concat(parsed.Ksas).Concat(parsed.JobModels)
        .FirstOrDefault(item => PositionOf(item)?.Path == displayPath);

    private static SourcePosition? PositionOf(object item) => item switch
    {
        ClassSpec c => c.Position,
        SeriesSpec s => s.Position,
        Competency c => c.Position,
        Ksa k => k.Position,
        JobModel j => j.Position,
        _ => null,
    };
}
