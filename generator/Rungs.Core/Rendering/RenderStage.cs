using System.Collections.Concurrent;
using Rungs.Checking;
using Rungs.Diagnostics;
using Rungs.Content;
using Rungs.History;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Rendering;

/// <summary>The rendered site: every output file in path order, and the template problems met.</summary>
public sealed record RenderResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Stage 4: plans and renders every page group through the theme, in parallel, handing each file to the output as soon as
/// it is made (so a large site is never held whole in memory); then assets, class data, search index, sitemap and the rest;
/// last, every link of every page is checked against the files written (<see cref="LinkGraph"/>).
/// Output does not depend on thread timing: every file's bytes depend only on the site, and the output sorts by path.
/// </summary>
public static class RenderStage
{
    /// <summary>Renders into memory: every file, in path order.</summary>
    /// <param name="history">The site's history from git (class pages' revision history, recent changes and their feed); none by default.</param>
    /// <param name="compiledTemplates">Whether built-in templates may be written by their compiled C# (see <see cref="TemplateSet.Parse"/>); off only to check it.</param>
    public static RenderResult Run(SiteModel site, ThemeFiles theme, BaseUrl? baseUrl, StageClock? clock = null, SiteHistory? history = null,
        bool compiledTemplates = true)
    {
        var output = new MemoryOutput();
        var diagnostics = Run(site, theme, baseUrl, output, clock, history, compiledTemplates);
        return new RenderResult(diagnostics.Count > 0 && diagnostics.Any(d => d.Severity == Severity.Error) ? [] : output.Files, diagnostics);
    }

    /// <summary>Renders into <paramref name="output"/>; returns the problems met (on an error, what was written is incomplete).</summary>
    public static IReadOnlyList<Diagnostic> Run(SiteModel site, ThemeFiles theme, BaseUrl? baseUrl, IOutputSink output, StageClock? clock = null,
        SiteHistory? history = null, bool compiledTemplates = true)
    {
        clock ??= new StageClock();
        var diagnostics = new DiagnosticList();
        var links = new LinkGraph(SiteUrls.BasePath(baseUrl));
        var renderer = clock.Time("templates", () => SiteRenderer.Create(site, theme, baseUrl, history, diagnostics, links, compiledTemplates));
        if (renderer is null) return diagnostics.Items;

        // Every path written, for the link check: a link must lead to a file the build writes.
        var written = new PathRecordingOutput(output);

        // The search index reads only the site model: it is made alongside the pages, off the critical path, and its
        // files are written as they are made.
        var search = Task.Run(() =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var file in renderer.SearchIndex()) written.Add(file.Path, file.Bytes);
            return watch.Elapsed;
        });

        // So are the site-wide files that need no page (the class catalogue and workbook, the feeds, Netlify's files), and the theme's assets.
        var siteData = Task.Run(() =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var file in renderer.Assets().Concat(renderer.SiteDataFiles())) written.Add(file.Path, file.Bytes);
            return watch.Elapsed;
        });

        var sitemap = new ConcurrentBag<string>();
        var problems = new ConcurrentBag<Diagnostic>();
        clock.Time("pages", () =>
        {
            // Groups differ widely in size (the career map and the all-classes table are each one site page), so hand them out one at a time.
            var groups = System.Collections.Concurrent.Partitioner.Create(PagePlanner.Groups(site), EnumerablePartitionerOptions.NoBuffering);
            // One thread per core: rendering never waits on I/O for long, and more threads would only add contention.
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(groups, options, group =>
            {
                var rendered = renderer.Render(group, written);
                foreach (var d in rendered.Diagnostics) problems.Add(d);
                foreach (var path in rendered.SitemapPaths) sitemap.Add(path);
            });
        });
        var (planning, templates) = renderer.ThreadTime;
        clock.Record("  planning (all threads)", planning);
        clock.Record("  templates (all threads)", templates);
        diagnostics.AddRange(problems);

        clock.Record("search index (alongside pages)", search.GetAwaiter().GetResult());
        clock.Record("site files (alongside pages)", siteData.GetAwaiter().GetResult());
        clock.Time("sitemap", () =>
        {
            var file = renderer.Sitemap(sitemap);
            written.Add(file.Path, file.Bytes);
        });
        // Broken links are errors: the build fails and the previous output stays. After a template error pages are
        // missing, and every link to them would be reported too: the template error is the one to fix.
        if (!diagnostics.HasErrors) clock.Time("links", () => diagnostics.AddRange(links.Check(written.Paths())));
        return diagnostics.Items;
    }
}
