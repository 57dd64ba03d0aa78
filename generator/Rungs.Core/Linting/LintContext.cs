using Rungs.Content;
using Rungs.Input;
using Rungs.Linking;

namespace Rungs.Linting;

/// <summary>What the lints look at: the linked site, the files as written, today's date and the settings.</summary>
/// <param name="edited">The content-relative paths of the files edited since the last lint, or null for every file: what a rule that judges each file alone reads.</param>
/// <remarks>A class, not a record: it keeps <see cref="SeriesToRead"/> once worked out, which a copy made `with` other
/// edited files would carry over.</remarks>
public sealed class LintContext(SiteModel site, ContentSources sources, DateOnly today, IReadOnlySet<string>? edited = null)
{
    public SiteModel Site => site;

    public ContentSources Sources => sources;

    public DateOnly Today => today;

    public IReadOnlySet<string>? Edited => edited;

    /// <summary>The files a rule that judges each file alone reads: the edited ones, else all.</summary>
    public IReadOnlyList<SourceFile> FilesToRead => Edited is null ? Sources.Files : Sources.Files.Where(f => Edited.Contains(f.RelativePath)).ToList();

    /// <summary>
    /// The series a rule that judges each series alone reads: those the edited class and series files are in, else all
    /// (an edit to a competency, KSA or job model changes no series' findings). Worked out once for all the rules.
    /// </summary>
    public IReadOnlyList<SeriesLadder> SeriesToRead => _seriesToRead ??= Edited is null
        ? Site.Series
        : SeriesOf(Edited) is var slugs ? Site.Series.Where(l => slugs.Contains(l.Slug)).ToList() : [];

    private IReadOnlyList<SeriesLadder>? _seriesToRead;

    /// <summary>The slugs of the series the class and series files among <paramref name="paths"/> (content-relative) are in.</summary>
    public static IReadOnlySet<string> SeriesOf(IEnumerable<string> paths) =>
        paths.Select(SeriesOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The slug of the series a class or series file (content-relative path) is in; null for any other file.</summary>
    public static string? SeriesOf(string path) => Parsing.ContentPath.Of(path) switch
    {
        { Kind: Parsing.ContentKind.Class } p => p.SeriesSlug,
        { Kind: Parsing.ContentKind.Series } p => p.Slug,
        _ => null,
    };

    public LintConfig Config => Site.Config.Lint;
}
