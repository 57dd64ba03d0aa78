using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Parsing;

namespace Rungs.Review;

/// <summary>One side of a diff after the parse and link stages (no rendering): the linked site and every problem found.</summary>
/// <param name="Unreadable">
/// Content-relative paths of spec files that exist but are not in <see cref="Site"/>: files that failed to parse, and
/// classes that parsed but could not be placed on a ladder (their series file is missing or broken, their slug is taken).
/// </param>
public sealed record LoadedSite(SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> Unreadable)
{
    /// <summary>Each content file's text by content-relative path, so files that did not change need no comparing.</summary>
    public IReadOnlyDictionary<string, string?> Texts { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Parses and links <paramref name="sources"/>. Broken content never stops a diff: whatever parsed is linked and
    /// compared, and the problems are kept for the report.
    /// </summary>
    /// <param name="drafts">
    /// Whether drafts are read. A review shows them (with their status), as a build with --drafts does: a draft changes in
    /// pull requests like any spec. A release does not: it holds what is in force.
    /// </param>
    public static LoadedSite Load(ContentSources sources, bool drafts = true)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var parsed = ParseStage.Run(sources with { IncludeDrafts = drafts });
        var linked = LinkStage.Run(parsed);
        var site = linked.Site;
        var diagnostics = new DiagnosticList();
        diagnostics.AddRange(parsed.Diagnostics);
        diagnostics.AddRange(linked.Diagnostics);

        var unreadable = parsed.Unparsed.Select(PathOf).OfType<string>()
            .Concat(parsed.Classes
                .Where(c => !(site.ClassByKey.TryGetValue(c.Key, out var placed) && ReferenceEquals(placed, c)))
                .Select(c => ClassPath(c.SeriesSlug, c.Slug)))
            .ToHashSet(StringComparer.Ordinal);
        return new LoadedSite(site, diagnostics.Sorted(), unreadable)
        {
            Texts = sources.Files.ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal),
        };
    }

    public static string ClassPath(string series, string slug) => $"series/{series}/{slug}.md";

    public static string SeriesPath(string slug) => $"series/{slug}/{ContentPath.SeriesFileName}";

    private static string? PathOf(ContentPath path) => path.Kind switch
    {
        ContentKind.Series => SeriesPath(path.Slug),
        ContentKind.Class => ClassPath(path.SeriesSlug!, path.Slug),
        ContentKind.Competency => $"competencies/{path.Slug}.md",
        ContentKind.Ksa => $"ksas/{path.Slug}.md",
        ContentKind.JobModel => $"job-models/{path.Slug}.md",
        _ => null,
    };
}
