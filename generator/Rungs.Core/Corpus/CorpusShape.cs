using System.Globalization;

namespace Rungs.Corpus;

/// <summary>What varies between real plans, as knobs on a corpus: prose, list lengths, library use per class, ladder sizes, comparisons.</summary>
/// <remarks>
/// Every knob's default leaves the generator on the path it took before knobs existed (no extra random draws),
/// so <see cref="Default"/> gives byte-identical corpora to earlier versions for the same seed.
/// </remarks>
public sealed record CorpusShape
{
    /// <summary>Today's corpus, the reference benchmark's shape.</summary>
    public static readonly CorpusShape Default = new();

    /// <summary>Prose-heavy plans: every class's summary runs to several long paragraphs.</summary>
    public static readonly CorpusShape Prose = new() { ProseShare = 1.0, ParagraphSentences = 8 };

    /// <summary>List-heavy plans: long duty and ability lists, and many competencies and KSAs per class.</summary>
    public static readonly CorpusShape Lists = new() { ListItems = 20, CompetenciesPerClass = 8, KsasPerClass = 16 };

    /// <summary>The presets by the names `--shape` takes.</summary>
    public static readonly IReadOnlyDictionary<string, CorpusShape> Presets = new Dictionary<string, CorpusShape>(StringComparer.Ordinal)
    {
        ["default"] = Default,
        ["prose"] = Prose,
        ["lists"] = Lists,
    };

    /// <summary>Share (0–1) of classes whose summary gets extra prose paragraphs (two to four).</summary>
    public double ProseShare { get; init; }

    /// <summary>Sentences in each extra prose paragraph (1–40); used only when <see cref="ProseShare"/> is above 0.</summary>
    public int ParagraphSentences { get; init; } = 4;

    /// <summary>Items in each class's duty list and ability list (3–60), or null for the benchmark's 5–12 duties and 4–8 abilities.</summary>
    public int? ListItems { get; init; }

    /// <summary>Competencies each class lists (1–60), or null for the benchmark's 3–8 rising with the level.</summary>
    public int? CompetenciesPerClass { get; init; }

    /// <summary>KSAs each class lists (1–80), or null for the benchmark's 5–12 rising with the level.</summary>
    public int? KsasPerClass { get; init; }

    /// <summary>Levels in every series (2–6), or null for the benchmark's mix averaging 3.97.</summary>
    public int? LevelsPerSeries { get; init; }

    /// <summary>Share (0–1) of classes with a "Distinguishing Characteristics" comparison to other classes.</summary>
    public double ComparisonShare { get; init; } = 0.25;

    /// <summary>Why this shape cannot be generated, or null when it can.</summary>
    public string? Problem =>
        ProseShare is < 0 or > 1 ? Out("--prose-share", "0", "1", ProseShare)
        : ComparisonShare is < 0 or > 1 ? Out("--comparison-share", "0", "1", ComparisonShare)
        : ParagraphSentences is < 1 or > 40 ? Out("--paragraph-sentences", "1", "40", ParagraphSentences)
        : ListItems is < 3 or > 60 ? Out("--list-items", "3", "60", ListItems.Value)
        : CompetenciesPerClass is < 1 or > 60 ? Out("--competencies-per-class", "1", "60", CompetenciesPerClass.Value)
        : KsasPerClass is < 1 or > 80 ? Out("--ksas-per-class", "1", "80", KsasPerClass.Value)
        : LevelsPerSeries is < CorpusSpec.MinLevels or > CorpusSpec.MaxLevels
            ? Out("--levels-per-series", "2", "6", LevelsPerSeries.Value)
            : null;

    private static string Out(string option, string min, string max, double value) =>
        string.Format(CultureInfo.InvariantCulture, "{0} must be between {1} and {2}, not {3}", option, min, max, value);
}
