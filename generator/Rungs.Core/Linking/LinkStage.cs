using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>Stage 3: with the whole site loaded, resolve references, enforce uniqueness and ladders, and compute back-links.</summary>
public static class LinkStage
{
    public static LinkResult Run(ParsedContent content)
    {
        var diagnostics = new DiagnosticList();
        (content, var drafts) = Drafts.Split(content);

        var seriesBySlug = content.Series.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        var classByKey = UniqueClasses(content.Classes, diagnostics);
        CheckCodes(content.Classes, diagnostics);
        CheckSeriesFiles(content.Classes, content.SeriesFolders, diagnostics);

        var competencies = content.Competencies
            .OrderBy(c => c.Group is null).ThenBy(c => c.Group, StringComparer.Ordinal)
            .ThenBy(c => c.Order ?? int.MaxValue).ThenBy(c => c.Title, StringComparer.Ordinal).ToList();
        var ksas = content.Ksas.OrderBy(k => k.Title, StringComparer.OrdinalIgnoreCase).ThenBy(k => k.Slug, StringComparer.Ordinal).ToList();
        var jobModels = content.JobModels.OrderBy(j => j.Title, StringComparer.Ordinal).ToList();
        var competencyBySlug = competencies.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var ksaBySlug = ksas.ToDictionary(k => k.Slug, StringComparer.Ordinal);
        var jobModelBySlug = jobModels.ToDictionary(j => j.Slug, StringComparer.Ordinal);

        // Group once: scanning every class for every series grows with the square of the site.
        var classesBySeries = classByKey.Values.ToLookup(c => c.SeriesSlug, StringComparer.Ordinal);
        var ladders = content.Series
            .OrderBy(s => s.Order ?? int.MaxValue).ThenBy(s => s.Title, StringComparer.Ordinal).ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Select(s => new SeriesLadder(s, LevelsOf(s, classesBySeries[s.Slug], diagnostics)))
            .ToList();

        var existing = new Dictionary<ContentKind, IReadOnlySet<string>>
        {
            [ContentKind.Series] = content.SlugsOf(ContentKind.Series, seriesBySlug.Keys),
            [ContentKind.Competency] = content.SlugsOf(ContentKind.Competency, competencyBySlug.Keys),
            [ContentKind.Ksa] = content.SlugsOf(ContentKind.Ksa, ksaBySlug.Keys),
            [ContentKind.JobModel] = content.SlugsOf(ContentKind.JobModel, jobModelBySlug.Keys),
        };
        // Classes that failed to parse count as existing, so a reference to one is not reported as well.
        var classNames = new ClassNames(classByKey.Values.Select(c => (c.SeriesSlug, c.Slug))
            .Concat(content.Unparsed.Where(p => p.Kind == ContentKind.Class).Select(p => (p.SeriesSlug!, p.Slug))));
        var references = new ReferenceChecker(diagnostics, existing, classNames, drafts);
        foreach (var reference in SiteReferences.All) reference.Check(content, references, classNames);

        var ladderBySlug = ladders.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        CheckLowerLevelWork(ladders.Where(l => !content.IsIncomplete(l.Slug)), diagnostics);
        LadderRules.CheckGaps(ladders.Where(l => !content.IsIncomplete(l.Slug)), diagnostics);
        var classes = ladders.SelectMany(l => l.Levels).ToList();
        var classesByKey = classes.ToDictionary(c => c.Key, StringComparer.Ordinal);
        LadderRules.CheckPromotionCycles(ladders, classesByKey, classNames, diagnostics);
        StatusRules.Check(ladders, ladderBySlug, classesByKey, classNames, diagnostics);
        PayScaleRules.Check(content, ladders, diagnostics);

        var backLinks = BackLinks.Of(ladders, jobModels, slug => ladderBySlug.GetValueOrDefault(slug)?.Spec, classNames);

        var site = new SiteModel
        {
            Config = content.Site ?? SiteConfig.Missing,
            Series = ladders,
            Competencies = competencies,
            Ksas = ksas,
            JobModels = jobModels,
            SeriesBySlug = ladderBySlug,
            ClassByKey = classesByKey,
            ClassNames = classNames,
            CompetencyBySlug = competencyBySlug,
            KsaBySlug = ksaBySlug,
            JobModelBySlug = jobModelBySlug,
            BackLinks = backLinks,
            PayScales = content.PayScales.OrderBy(s => s.Title, StringComparer.Ordinal).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList(),
        };
        return new LinkResult(site, diagnostics.Items);
    }

    // Two files of one folder cannot share a name, so this guards the lookup rather than a rule authors can break today.
    private static Dictionary<string, ClassSpec> UniqueClasses(IReadOnlyList<ClassSpec> classes, DiagnosticList diagnostics)
    {
        var byKey = new Dictionary<string, ClassSpec>(StringComparer.Ordinal);
        foreach (var c in classes)
        {
            if (byKey.TryGetValue(c.Key, out var first))
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, c.Position,
                    $"the class slug `{c.Slug}` is already used in the series `{c.SeriesSlug}` by {first.Position.Path}",
                    "class slugs are unique within a series; rename one of the two files");
            else
                byKey[c.Key] = c;
        }

        return byKey;
    }

    private static void CheckCodes(IReadOnlyList<ClassSpec> classes, DiagnosticList diagnostics)
    {
        var byCode = new Dictionary<string, ClassSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in classes.Where(c => c.Code is not null))
        {
            if (byCode.TryGetValue(c.Code!, out var first))
                diagnostics.Error(DiagnosticCodes.DuplicateCode, c.CodePosition,
                    $"the class code {c.Code} is already used by {first.Position.Path}",
                    "every class code is unique; check which of the two classes has the right code");
            else
                byCode[c.Code!] = c;
        }
    }

    private static void CheckSeriesFiles(IReadOnlyList<ClassSpec> classes, IReadOnlySet<string> seriesFolders, DiagnosticList diagnostics)
    {
        foreach (var orphans in classes.Where(c => !seriesFolders.Contains(c.SeriesSlug)).GroupBy(c => c.SeriesSlug))
        {
            var first = orphans.First();
            diagnostics.Error(DiagnosticCodes.MissingSeriesFile, first.Position,
                $"the series folder `{first.SeriesSlug}` has no {ContentPath.SeriesFileName}",
                $"create series/{first.SeriesSlug}/{ContentPath.SeriesFileName} with at least a line `title: …`");
        }
    }

    private static IReadOnlyList<ClassSpec> LevelsOf(SeriesSpec series, IEnumerable<ClassSpec> classes, DiagnosticList diagnostics)
    {
        var levels = classes
            .OrderBy(c => c.Level).ThenBy(c => c.Position.Path, StringComparer.Ordinal).ToList();
        CheckTracks(series, levels, diagnostics);
        // Classes may share a level only in different tracks; an abolished class has left the ladder, so its successor may take its level.
        var taken = new Dictionary<(int, string?), ClassSpec>();
        foreach (var c in levels)
        {
            if (SpecStatuses.Of(c, series) == SpecStatus.Abolished) continue;
            var track = series.TrackOf(c.Track);
            if (!taken.TryAdd((c.Level, track), c))
                diagnostics.Error(DiagnosticCodes.DuplicateLevel, c.LevelPosition,
                    $"level {c.Level} of the series `{series.Slug}` is already taken by {taken[(c.Level, track)].Position.Path}" +
                    (track is null ? "" : $" in the track `{track}`"),
                    "each level of a track belongs to one class: give this class another level, or put it in a parallel track with `track:` (e.g. `track: Supervisor`)");
        }

        return levels;
    }

    /// <summary>When a series lists its tracks, every class names one of them (or none, for the first).</summary>
    private static void CheckTracks(SeriesSpec series, IReadOnlyList<ClassSpec> classes, DiagnosticList diagnostics)
    {
        if (series.Tracks.Count == 0) return;
        foreach (var c in classes.Where(c => c.Track is not null && !series.Tracks.Contains(c.Track, StringComparer.Ordinal)))
            diagnostics.Error(DiagnosticCodes.UnknownTrack, c.TrackPosition,
                $"the series `{series.Slug}` has no track `{c.Track}`; its tracks are {string.Join(", ", series.Tracks)}",
                SpellingSuggestion.Closest(c.Track!, series.Tracks) is { } near
                    ? $"did you mean `{near}`?"
                    : $"use one of the tracks listed in series/{series.Slug}/{ContentPath.SeriesFileName}, or add this one to its `tracks:`");
    }

    private static void CheckLowerLevelWork(IEnumerable<SeriesLadder> ladders, DiagnosticList diagnostics)
    {
        foreach (var ladder in ladders)
        foreach (var c in ladder.Current.Where(c => c.IncludesLowerLevelWork && ladder.Below(c) is null))
            diagnostics.Error(DiagnosticCodes.NoLowerLevel, c.IncludesLowerLevelWorkPosition,
                $"`includes_lower_level_work` is set, but {c.Title} is the lowest level of its series",
                "remove the key, or add the lower level to the series");
    }
}
