using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;
using YamlDotNet.RepresentationModel;

namespace Rungs.Parsing;

/// <summary>Stage 2: parses every source file once (in parallel, results in path order) into typed specs.</summary>
public static class ParseStage
{
    /// <param name="cache">
    /// Files parsed by an earlier run (the dev server keeps one): a file whose text is unchanged is not parsed again.
    /// The cache is updated with this run's files.
    /// </param>
    public static ParsedContent Run(ContentSources sources, ParseCache? cache = null)
    {
        var settings = ParseSettings.Of(sources);
        // A file parses differently under other settings (raw HTML, section headings, declared fields), so a change of settings empties the cache.
        cache?.StartRun(settings);
        // Each file's result goes to its own slot, so results keep path order without PLINQ's ordered merge.
        var results = new ParsedFile[sources.Files.Count];
        // Each file's kind and slug, worked out once (the stage asks three times per file).
        var paths = new ContentPath[results.Length];
        // One pool for the run: a duty or heading written in many files is kept once.
        var texts = new TextPool();
        Parallel.For(0, results.Length, i =>
        {
            var file = sources.Files[i];
            var path = paths[i] = ContentPath.Of(file.RelativePath);
            results[i] = cache is null ? ParseFile(file, path, settings, texts) : cache.GetOrParse(file, f => ParseFile(f, path, settings, texts));
        });
        cache?.KeepOnly(sources.Files);

        var diagnostics = new DiagnosticList();
        diagnostics.AddRange(sources.Problems);
        foreach (var r in results) diagnostics.AddRange(r.Diagnostics);
        var items = results.Select(r => r.Item).Where(i => i is not null).ToList();

        var site = items.OfType<SiteConfig>().FirstOrDefault();
        if (site is null && !paths.Any(p => p.Kind == ContentKind.SiteConfig))
            diagnostics.Error(DiagnosticCodes.SiteConfig, SourcePosition.StartOf(DisplayRoot(sources) + "/site.yml"),
                "the content folder has no site.yml", "create content/site.yml with at least a line `title: …`");

        return new ParsedContent(site,
            items.OfType<SeriesSpec>().ToList(),
            items.OfType<ClassSpec>().ToList(),
            items.OfType<Competency>().ToList(),
            items.OfType<Ksa>().ToList(),
            items.OfType<JobModel>().ToList(),
            diagnostics.Items)
        {
            PayScales = items.OfType<PayScale>().ToList(),
            IncludeDrafts = sources.IncludeDrafts,
            SeriesFolders = paths.Where(p => p.Kind == ContentKind.Series).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal),
            Unparsed = paths.Zip(results)
                .Where(pair => pair.Second.Item is null)
                .Select(pair => pair.First)
                .Where(p => p.Kind is not (ContentKind.Stray or ContentKind.SiteConfig))
                .ToHashSet(),
        };
    }

    private static string DisplayRoot(ContentSources sources)
    {
        var first = sources.Files.FirstOrDefault();
        if (first is null) return sources.DisplayRoot;
        return first.DisplayPath[..^(first.RelativePath.Length + 1)];
    }

    private static ParsedFile ParseFile(SourceFile file, ContentPath path, ParseSettings settings, TextPool texts)
    {
        var diagnostics = new DiagnosticList();
        if (file.Text is null) return new ParsedFile(null, []);
        if (path.Kind == ContentKind.Stray)
        {
            var extension = Path.GetExtension(file.RelativePath);
            if (extension is not (".md" or ".yml" or ".yaml") && extension.ToLowerInvariant() is ".md" or ".yml" or ".yaml")
                diagnostics.Error(DiagnosticCodes.InvalidSlug, SourcePosition.StartOf(file.DisplayPath),
                    $"the file extension `{extension}` must be written in lowercase, or the file is not published",
                    $"rename the file to `{Path.GetFileNameWithoutExtension(file.RelativePath)}{extension.ToLowerInvariant()}`");
            else if (file.RelativePath.EndsWith(".md", StringComparison.Ordinal))
                diagnostics.Warning(DiagnosticCodes.StrayFile, SourcePosition.StartOf(file.DisplayPath),
                    "this file is not in a known folder and is not published",
                    "classes go in series/<series>/, and other specs in competencies/, ksas/ or job-models/");
            return new ParsedFile(null, diagnostics.Items);
        }

        var text = ForbiddenCharacterWarning.Replace(file.Text, "file", i => ForbiddenCharacterWarning.PositionIn(file.DisplayPath, file.Text, i), diagnostics);
        if (path.Kind == ContentKind.SiteConfig)
        {
            var mapping = YamlLoader.LoadMapping(text, file.DisplayPath, 1, diagnostics, file.RelativePath);
            var config = mapping is null ? null : SpecReaders.ReadSite(new FrontMatterFields(mapping, file.DisplayPath, 1, diagnostics, file.RelativePath));
            return new ParsedFile(config, diagnostics.Items);
        }

        if (path.Kind == ContentKind.PayScale) return ParsePayScale(file, text, path, diagnostics);

        CheckSlugs(file, path, diagnostics);
        var split = FrontMatterSplitter.Split(text, file.DisplayPath, diagnostics);
        if (split is null) return new ParsedFile(null, diagnostics.Items);
        var yaml = YamlLoader.LoadMapping(split.Yaml, file.DisplayPath, split.YamlFirstLine, diagnostics);
        if (yaml is null) return new ParsedFile(null, diagnostics.Items);

        var fields = new FrontMatterFields(yaml, file.DisplayPath, split.YamlFirstLine, diagnostics);
        var body = BodyParser.Parse(split.Body, file.DisplayPath, split.BodyFirstLine, diagnostics, path.Kind == ContentKind.Competency, settings.RawHtml, texts, settings.Sections);
        var at = SourcePosition.StartOf(file.DisplayPath);
        object? item = path.Kind switch
        {
            ContentKind.Series => SpecReaders.ReadSeries(path.Slug, at, fields, body, settings.Fields),
            ContentKind.Class => SpecReaders.ReadClass(path.Slug, path.SeriesSlug!, at, fields, body, settings.Fields),
            ContentKind.Competency => SpecReaders.ReadCompetency(path.Slug, at, fields, body),
            ContentKind.Ksa => SpecReaders.ReadKsa(path.Slug, at, fields, body),
            ContentKind.JobModel => SpecReaders.ReadJobModel(path.Slug, at, fields, body),
            _ => null,
        };
        fields.ReportUnknownKeys();
        return new ParsedFile(item, diagnostics.Items);
    }

    private static ParsedFile ParsePayScale(SourceFile file, string text, ContentPath path, DiagnosticList diagnostics)
    {
        var at = SourcePosition.StartOf(file.DisplayPath);
        if (!Slug.IsValid(path.Slug))
            diagnostics.Error(DiagnosticCodes.InvalidSlug, at, $"the file name \"{path.Slug}.yml\" is not a valid slug",
                $"rename the file to `{Slug.Suggest(path.Slug)}.yml` (lowercase letters, digits and hyphens)");
        var mapping = YamlLoader.LoadMapping(text, file.DisplayPath, 1, diagnostics, file.RelativePath);
        if (mapping is null) return new ParsedFile(null, diagnostics.Items);
        var fields = new FrontMatterFields(mapping, file.DisplayPath, 1, diagnostics, file.RelativePath);
        var scale = PayScaleReader.Read(path.Slug, at, fields);
        fields.ReportUnknownKeys();
        return new ParsedFile(scale, diagnostics.Items);
    }

    private static void CheckSlugs(SourceFile file, ContentPath path, DiagnosticList diagnostics)
    {
        var at = SourcePosition.StartOf(file.DisplayPath);
        var folder = path.Kind == ContentKind.Series ? path.Slug : path.SeriesSlug;
        if (folder is not null && !Slug.IsValid(folder))
            diagnostics.Error(DiagnosticCodes.InvalidSlug, at, $"the series folder name \"{folder}\" is not a valid slug",
                $"rename the folder to `{Slug.Suggest(folder)}` (lowercase letters, digits and hyphens)");
        if (path.Kind == ContentKind.Class && path.Slug == Content.SiteUrls.CompareFolder)
            diagnostics.Error(DiagnosticCodes.InvalidSlug, at, $"the class slug `{path.Slug}` is reserved for the series' comparison pages",
                $"rename the file, e.g. to `{path.SeriesSlug}-{path.Slug}.md`");
        if (path.Kind != ContentKind.Series && !Slug.IsValid(path.Slug))
            diagnostics.Error(DiagnosticCodes.InvalidSlug, at, $"the file name \"{path.Slug}.md\" is not a valid slug",
                $"rename the file to `{Slug.Suggest(path.Slug)}.md` (lowercase letters, digits and hyphens)");
    }

}
