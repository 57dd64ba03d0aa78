namespace Rungs.Corpus;

/// <summary>Splits N classes into series of 2–6 levels with the benchmark's distribution (≈ 3.97 levels on average).</summary>
internal static class LadderSizes
{
    // Relative frequency of ladders of 2, 3, 4, 5 and 6 levels; the mean is 3.97, the benchmark's 10,000 / 2,518.
    private static readonly double[] Weights = [0.10, 0.26, 0.31, 0.22, 0.11];

    /// <summary>Series sizes, each between 2 and 6, summing to exactly <paramref name="classes"/>.</summary>
    public static int[] Draw(SeededRandom random, int seriesCount, int classes, int? levels = null)
    {
        // A fixed ladder size puts all the weight on it; the nudging below still makes the total exact.
        var weights = levels is { } l ? Weights.Select((_, i) => i == l - CorpusSpec.MinLevels ? 1.0 : 0.0).ToArray() : Weights;
        var sizes = new int[seriesCount];
        var total = 0;
        for (var i = 0; i < seriesCount; i++)
        {
            sizes[i] = CorpusSpec.MinLevels + random.Weighted(weights);
            total += sizes[i];
        }

        // Nudge random series up or down one level at a time until the total is exact; the series count
        // comes from CorpusSpec, which keeps it within what 2–6 levels allow, so this always ends.
        while (total != classes)
        {
            var i = random.Next(seriesCount);
            if (total < classes && sizes[i] < CorpusSpec.MaxLevels) { sizes[i]++; total++; }
            else if (total > classes && sizes[i] > CorpusSpec.MinLevels) { sizes[i]--; total--; }
        }

        return sizes;
    }
}
