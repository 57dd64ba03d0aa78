namespace Rungs.Corpus;

/// <summary>What synthetic corpus to generate: how many classes, from which seed; every other count follows from these two.</summary>
/// <remarks>
/// The counts copy the reference benchmark (10,000 classes in 2,518 series, 60 competencies, 80 KSAs) and
/// shrink with <see cref="Classes"/> so that small corpora keep the same proportions.
/// </remarks>
public sealed record CorpusSpec(int Classes, ulong Seed)
{
    /// <summary>The knobs of what varies between real plans; <see cref="CorpusShape.Default"/> is the reference benchmark.</summary>
    public CorpusShape Shape { get; init; } = CorpusShape.Default;

    /// <summary>The smallest corpus: one series needs at least two levels.</summary>
    public const int MinClasses = 2;

    /// <summary>The largest corpus: class codes are "C" + five distinct digits.</summary>
    public const int MaxClasses = 90_000;

    /// <summary>Series per class in the reference benchmark (2,518 series for 10,000 classes, ≈ 3.97 levels each).</summary>
    public const double SeriesPerClass = 2518.0 / 10000.0;

    public const int MinLevels = 2;
    public const int MaxLevels = 6;

    /// <summary>Why the spec cannot be generated, or null when it can.</summary>
    public string? Problem => Classes is < MinClasses or > MaxClasses
        ? $"--classes must be between {MinClasses} and {MaxClasses}, not {Classes}"
        : Shape.Problem;

    /// <summary>Number of series: the benchmark's ratio, kept within what 2–6 levels per series allow.</summary>
    public int SeriesCount
    {
        get
        {
            var wanted = Shape.LevelsPerSeries is { } levels
                ? (int)Math.Round(Classes / (double)levels, MidpointRounding.AwayFromZero)
                : (int)Math.Round(Classes * SeriesPerClass, MidpointRounding.AwayFromZero);
            var fewest = (Classes + MaxLevels - 1) / MaxLevels;
            var most = Classes / MinLevels;
            return Math.Clamp(wanted, Math.Max(1, fewest), Math.Max(1, most));
        }
    }

    /// <summary>Competencies: 60 at benchmark size, fewer for small corpora, never fewer than a class can list (8, or the shape's count).</summary>
    public int CompetencyCount => Math.Clamp((int)Math.Round(2 * Math.Sqrt(Classes)), Math.Max(8, Shape.CompetenciesPerClass ?? 0), 60);

    /// <summary>KSAs: 80 at benchmark size, fewer for small corpora, never fewer than a class can list (12, or the shape's count).</summary>
    public int KsaCount => Math.Clamp((int)Math.Round(2.5 * Math.Sqrt(Classes)), Math.Max(12, Shape.KsasPerClass ?? 0), 80);

    /// <summary>Job models: one per 500 classes, at least one.</summary>
    public int JobModelCount => Math.Max(1, Classes / 500);
}
