using Rungs.Content;

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
    public required IReadOnlyDictionary<string, ClassSpec> ClassBySlug { get; init; }
    public required IReadOnlyDictionary<string, Competency> CompetencyBySlug { get; init; }
    public required IReadOnlyDictionary<string, Ksa> KsaBySlug { get; init; }
    public required IReadOnlyDictionary<string, JobModel> JobModelBySlug { get; init; }

    public required BackLinks BackLinks { get; init; }

    public SeriesLadder LadderOf(ClassSpec spec) => SeriesBySlug[spec.SeriesSlug];

    /// <summary>The KSAs a class asks for: its own, then those its series asks of every class.</summary>
    public IReadOnlyList<Ksa> KsasOf(ClassSpec spec) =>
        spec.Ksas.Concat(SeriesBySlug[spec.SeriesSlug].Spec.Ksas)
            .Select(r => r.Slug).Distinct().Where(KsaBySlug.ContainsKey).Select(s => KsaBySlug[s]).ToList();

    /// <summary>The competencies of a class: its own, then its series'.</summary>
    public IReadOnlyList<Competency> CompetenciesOf(ClassSpec spec) =>
        spec.Competencies.Concat(SeriesBySlug[spec.SeriesSlug].Spec.Competencies)
            .Select(r => r.Slug).Distinct().Where(CompetencyBySlug.ContainsKey).Select(s => CompetencyBySlug[s]).ToList();
}
