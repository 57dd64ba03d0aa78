using Rungs.Content;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>The whole site after linking: every spec in display order, lookups by slug, and back-links.</summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }
    public required IReadOnlyList<SeriesLadder> Series { get; init; }
    public required IReadOnlyList<Competency> Competencies { get; init; }
    public required IReadOnlyList<Ksa> Ksas { get; init; }
    public required IReadOnlyList<JobModel> JobModels { get; init; }

    /// <summary>Every class, series by series in ladder order.</summary>
    public IEnumerable<ClassSpec> Classes => Series.SelectMany(s => s.Levels);

    public required IReadOnlyDictionary<string, SeriesLadder> SeriesBySlug { get; init; }
    /// <summary>Every class by its key (`series/slug`): class slugs are unique only within a series.</summary>
    public required IReadOnlyDictionary<string, ClassSpec> ClassByKey { get; init; }

    /// <summary>How class references resolve, and which slugs several series share.</summary>
    public required ClassNames ClassNames { get; init; }
    public required IReadOnlyDictionary<string, Competency> CompetencyBySlug { get; init; }
    public required IReadOnlyDictionary<string, Ksa> KsaBySlug { get; init; }
    public required IReadOnlyDictionary<string, JobModel> JobModelBySlug { get; init; }

    public required BackLinks BackLinks { get; init; }

    /// <summary>
    /// The classes in force of other series at each class's grade and pay scale, indexed on first use (every site model is
    /// new after an edit), or carried over from the site an edit was patched into (<see cref="CarryLateralMoves"/>).
    /// </summary>
    public LateralMoves LateralMoves => _lateralMoves ??= new LateralMoves(Series.SelectMany(s => s.Current), ScaleSlugOf);

    private LateralMoves? _lateralMoves;

    /// <summary>The lateral-move index if it has been built or carried over, else null.</summary>
    internal LateralMoves? LateralMovesIfBuilt => _lateralMoves;

    /// <summary>Gives a new site, before first use, the index <see cref="LateralMoves"/> would build for it (<see cref="SitePatch"/>).</summary>
    internal void CarryLateralMoves(LateralMoves moves) => _lateralMoves = moves;

    /// <summary>The slug of the pay scale a class is paid on (its own, its series', the site's); null when none applies.</summary>
    public string? ScaleSlugOf(ClassSpec spec) => PayScaleRules.ScaleSlugOf(spec, FindSeries(spec.SeriesSlug), Config.PayScale);
    /// <summary>The pay scales, by title: several may coexist (a union plan and a management plan).</summary>
    public IReadOnlyList<PayScale> PayScales { get; init; } = [];

    /// <summary>What a class pays: its grade's range in its scale (its own `pay_scale`, its series', the site's); null when it has no grade, no scale applies, or the scale lacks its grade.</summary>
    public ClassPay? PayOf(ClassSpec spec)
    {
        if (spec.Grade is null || PayScales.Count == 0) return null;
        if (ScaleSlugOf(spec) is not { } slug) return null;
        foreach (var scale in PayScales)
            if (scale.Slug == slug)
                return scale.Find(spec.Grade) is { } grade ? new ClassPay(scale, grade) : null;
        return null;
    }

    public SeriesLadder LadderOf(ClassSpec spec) => SeriesBySlug[spec.SeriesSlug];

    /// <summary>The class's status in force: its own, or its series' (one lookup).</summary>
    public SpecStatus StatusOf(ClassSpec spec) => LadderOf(spec).StatusOf(spec);

    /// <summary>True when the class is on its series' current ladder (not abolished).</summary>
    public bool IsCurrent(ClassSpec spec) => StatusOf(spec) != SpecStatus.Abolished;

    /// <summary>The series with the slug, or null.</summary>
    public SeriesSpec? FindSeries(string slug) => SeriesBySlug.GetValueOrDefault(slug)?.Spec;

    /// <summary>The class a reference written in a document of <paramref name="fromSeries"/> names, or null (unknown or ambiguous).</summary>
    public ClassSpec? FindClass(string written, string? fromSeries) =>
        ClassNames.Resolve(written, fromSeries).Key is { } key ? ClassByKey.GetValueOrDefault(key) : null;

    /// <summary>The classes the references name, each once, in the order written; those that name no class are left out.</summary>
    public IReadOnlyList<ClassSpec> ClassesNamed(IReadOnlyList<SlugRef> references, string? fromSeries) =>
        references.Select(r => FindClass(r.Slug, fromSeries)).OfType<ClassSpec>().Distinct<ClassSpec>(ReferenceEqualityComparer.Instance).ToList();

    /// <summary>The document of a kind with the slug (a series as its spec, a class by its key `series/slug`), or null.</summary>
    public object? Find(ContentKind kind, string slug) => kind switch
    {
        ContentKind.Series => FindSeries(slug),
        ContentKind.Class => ClassByKey.GetValueOrDefault(slug),
        ContentKind.Competency => CompetencyBySlug.GetValueOrDefault(slug),
        ContentKind.Ksa => KsaBySlug.GetValueOrDefault(slug),
        ContentKind.JobModel => JobModelBySlug.GetValueOrDefault(slug),
        _ => null,
    };

    /// <summary>The document the site holds for a content path: a class only if it is in that series' folder.</summary>
    public object? DocumentAt(ContentPath path) =>
        path.Kind == ContentKind.Class ? ClassByKey.GetValueOrDefault(ClassSpec.KeyOf(path.SeriesSlug!, path.Slug)) : Find(path.Kind, path.Slug);

    /// <summary>The KSAs a class asks for: its own, then those its series asks of every class.</summary>
    public IReadOnlyList<Ksa> KsasOf(ClassSpec spec) => Resolve(spec.Ksas, SeriesBySlug[spec.SeriesSlug].Spec.Ksas, KsaBySlug);

    /// <summary>The competencies of a class: its own, then its series'.</summary>
    public IReadOnlyList<Competency> CompetenciesOf(ClassSpec spec) =>
        Resolve(spec.Competencies, SeriesBySlug[spec.SeriesSlug].Spec.Competencies, CompetencyBySlug);

    /// <summary>The declared fields (`site.yml` `fields:`) a class has a value for, in declaration order: its own value, else its series' default.</summary>
    public IReadOnlyList<ClassField> FieldsOf(ClassSpec spec)
    {
        if (Config.Fields.Count == 0) return [];
        var defaults = SeriesBySlug.GetValueOrDefault(spec.SeriesSlug)?.Spec.FieldDefaults ?? [];
        var result = new List<ClassField>(Config.Fields.Count);
        foreach (var declaration in Config.Fields)
        {
            var value = spec.Fields.FirstOrDefault(v => v.Key == declaration.Key) ?? defaults.FirstOrDefault(v => v.Key == declaration.Key);
            if (value is not null) result.Add(new ClassField(declaration, value));
        }

        return result;
    }

    /// <summary>Who a class's spec belongs to: its series' `organisation`, else the site's.</summary>
    public string? OrganisationOf(ClassSpec spec) => SeriesBySlug[spec.SeriesSlug].Spec.Organisation ?? Config.Organisation;

    /// <summary>
    /// True when the classes belong to more than one organisation (series name different ones): tables, exports, compare
    /// headings and search results then say whose each class is. A single-organisation site's output does not change.
    /// </summary>
    public bool HasSeveralOrganisations =>
        _severalOrganisations ??= Series.Select(l => l.Spec.Organisation ?? Config.Organisation).OfType<string>().Distinct(StringComparer.Ordinal).Skip(1).Any();

    // Asked for every class card and row; the site's series do not change after linking (a patch makes a new model).
    private bool? _severalOrganisations;

    // Each known slug once, in first-mention order. Pages and exports ask this for every class, so it is a plain loop:
    // the lists are a dozen entries long, where a linear check for repeats (List.Contains: ordinal for strings) beats a set.
    private static List<T> Resolve<T>(IReadOnlyList<SlugRef> own, IReadOnlyList<SlugRef> series, IReadOnlyDictionary<string, T> bySlug)
        where T : class
    {
        var result = new List<T>(own.Count + series.Count);
        var seen = new List<string>(own.Count + series.Count);
        foreach (var list in (ReadOnlySpan<IReadOnlyList<SlugRef>>)[own, series])
        foreach (var reference in list)
        {
            if (seen.Contains(reference.Slug)) continue;
            seen.Add(reference.Slug);
            if (bySlug.TryGetValue(reference.Slug, out var found)) result.Add(found);
        }

        return result;
    }
}
