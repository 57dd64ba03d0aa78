using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>Everything the parse stage produced: typed specs in path order, and the problems found.</summary>
public sealed record ParsedContent(
    SiteConfig? Site,
    IReadOnlyList<SeriesSpec> Series,
    IReadOnlyList<ClassSpec> Classes,
    IReadOnlyList<Competency> Competencies,
    IReadOnlyList<Ksa> Ksas,
    IReadOnlyList<JobModel> JobModels,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The pay scales (`pay/*.yml`), in path order.</summary>
    public IReadOnlyList<PayScale> PayScales { get; init; } = [];

    /// <summary>Whether drafts (`status: draft`, on a class or its series) are built (`--drafts`); otherwise linking leaves them out.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Series folders that have a `_series.md`, parsed or not, so a broken one is not also reported missing.</summary>
    public IReadOnlySet<string> SeriesFolders { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Files that exist but could not be read into a model, by kind and slug. Linking treats them as present,
    /// so one broken file is reported once, not again by every reference to it.
    /// </summary>
    public IReadOnlySet<ContentPath> Unparsed { get; init; } = new HashSet<ContentPath>();

    /// <summary>Slugs of a kind that exist: parsed ones plus those of files that failed to parse.</summary>
    public IReadOnlySet<string> SlugsOf(ContentKind kind, IEnumerable<string> parsed) =>
        parsed.Concat(Unparsed.Where(p => p.Kind == kind).Select(p => p.Slug)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when a class file of the series failed to parse, so ladder checks would be guesses.</summary>
    public bool IsIncomplete(string seriesSlug) => Unparsed.Any(p => p.Kind == ContentKind.Class && p.SeriesSlug == seriesSlug);
}
