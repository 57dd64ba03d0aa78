using Rungs.Corpus.Words;

namespace Rungs.Corpus;

/// <summary>Everything decided about a corpus before any text is written: names, slugs, ladders and every cross-reference.</summary>
/// <remarks>Planning first means each file's text can be written on its own, in any order, and only ever refers to items that exist.</remarks>
internal sealed record CorpusPlan(
    CorpusSpec Spec,
    IReadOnlyList<SeriesPlan> Series,
    IReadOnlyList<CompetencyPlan> Competencies,
    IReadOnlyList<KsaPlan> Ksas,
    IReadOnlyList<JobModelPlan> JobModels);

/// <summary>A duty of a series before it is worded for a level: the verb slot, object, qualifier and optional second clause.</summary>
internal sealed record DutyStem(int VerbIndex, string Object, string Qualifier, int TailIndex);

/// <summary>One series: its names and codes, its vocabulary pools, and its classes from level 1 up.</summary>
internal sealed class SeriesPlan
{
    public required int Index { get; init; }

    /// <summary>How many levels the ladder has (2–6).</summary>
    public required int LevelCount { get; init; }
    public required string Slug { get; init; }
    public required string Department { get; init; }
    public required OccupationFamily Family { get; init; }
    public required Occupation Occupation { get; init; }
    public required string Code { get; init; }
    public required string PromotionalLine { get; init; }
    public required string WorkArea { get; init; }
    public required LevelStyle Style { get; init; }
    public required int BaseGrade { get; init; }
    public required int GradeStep { get; init; }

    /// <summary>Competencies and KSAs in the order the levels take them: level n takes a longer prefix than level n − 1.</summary>
    public required IReadOnlyList<string> CompetencyPool { get; init; }
    public required IReadOnlyList<string> KsaPool { get; init; }

    /// <summary>The series' duties; each level takes an overlapping window, so adjacent levels share and reword duties.</summary>
    public required IReadOnlyList<DutyStem> Duties { get; init; }
    public required IReadOnlyList<string> KnowledgeOrder { get; init; }
    public required IReadOnlyList<string> AbilityOrder { get; init; }

    public List<ClassPlan> Classes { get; } = [];

    /// <summary>The other series of the same promotional line.</summary>
    public List<SeriesPlan> LineMates { get; } = [];

    /// <summary>"Transportation Accountant": the series title without "Series", and the stem of its class titles.</summary>
    public string BaseTitle => $"{Department} {Occupation.Title}";
    public string Title => BaseTitle + " Series";
}

/// <summary>One class (a level of a series) and its references to other classes.</summary>
internal sealed class ClassPlan
{
    public required SeriesPlan Series { get; init; }
    public required int Level { get; init; }
    public required LevelName Name { get; init; }
    public required string Slug { get; init; }
    public required string Code { get; init; }

    /// <summary>The class's position in the whole corpus; it seeds the class's own random stream.</summary>
    public required int Index { get; init; }

    public bool IncludesLowerLevelWork { get; set; }
    public List<ClassPlan> DiffersFrom { get; } = [];
    public List<ClassPlan> PromotesTo { get; } = [];

    public string Title => $"{Series.BaseTitle} {Name.TitleSuffix}";
    public int Levels => Series.LevelCount;
}

/// <summary>A competency of the corpus, with its position inside its group.</summary>
internal sealed record CompetencyPlan(string Slug, CompetencyWords Words, int Order);

/// <summary>A KSA of the corpus.</summary>
internal sealed record KsaPlan(string Slug, KsaWords Words);

/// <summary>A job model: the family it describes, its competencies, positions and the classes it applies to.</summary>
internal sealed record JobModelPlan(
    int Index,
    string Slug,
    string Title,
    OccupationFamily Family,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> ExamplePositions,
    IReadOnlyList<ClassPlan> Classes);
