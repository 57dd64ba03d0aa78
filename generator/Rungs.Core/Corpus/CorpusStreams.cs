namespace Rungs.Corpus;

/// <summary>The random streams of a corpus, one per kind of decision, so that changing one kind of file leaves the others as they were.</summary>
internal static class CorpusStreams
{
    public const ulong Plan = 1;
    public const ulong SeriesText = 2;
    public const ulong ClassText = 3;
    public const ulong CompetencyText = 4;
    public const ulong KsaText = 5;
    public const ulong JobModelText = 6;

    public static SeededRandom For(CorpusSpec spec, ulong stream, int index) => SeededRandom.Derive(spec.Seed, stream, (ulong)index);
}
