using Rungs.Content;
using Rungs.Input;
using Rungs.Linking;

namespace Rungs.Linting;

/// <summary>What the lints look at: the linked site, the files as written, today's date and the settings.</summary>
/// <param name="Edited">The content-relative paths of the files edited since the last lint, or null for every file: what a rule that judges each file alone reads.</param>
public sealed record LintContext(SiteModel Site, ContentSources Sources, DateOnly Today, IReadOnlySet<string>? Edited = null)
{
    /// <summary>The files a rule that judges each file alone reads: the edited ones, else all.</summary>
    public IReadOnlyList<SourceFile> FilesToRead => Edited is null ? Sources.Files : Sources.Files.Where(f => Edited.Contains(f.RelativePath)).ToList();

    /// <summary>
    /// The series a rule that judges each series alone reads: those the edited class and series files are in, else all
    /// (an edit to a competency, KSA or job model changes no series' findings).
    /// </summary>
    public IReadOnlyList<SeriesLadder> SeriesToRead
    {
        get
        {
            if (Edited is null) return Site.Series;
            var slugs = SeriesOf(Edited);
            return Site.Series.Where(l => slugs.Contains(l.Slug)).ToList();
        }
    }

    /// <summary>The slugs of the series the class and series files among <paramref name="paths"/> (content-relative) are in.</summary>
    public static IReadOnlySet<string> SeriesOf(IEnumerable<string> paths) =>
        paths.Select(Parsing.ContentPath.Of)
            .Select(p => p.Kind switch { Parsing.ContentKind.Class => p.SeriesSlug, Parsing.ContentKind.Series => p.Slug, _ => null })
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

    public LintConfig Config => Site.Config.Lint;
}
