using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>Rewording pairs are chosen by score above the threshold; skipping hopeless pairs early must never change which pairs those are, or their scores.</summary>
public class SimilarityBoundTests
{
    [Fact]
    public void The_early_bound_keeps_exactly_the_pairs_above_the_threshold_with_their_scores()
    {
        var random = new Random(3);
        int above = 0, skipped = 0;
        for (var n = 0; n < 20_000; n++)
        {
            // Short items over a small vocabulary, so that pairs fall on both sides of the threshold and near it.
            var a = Ids(random, random.Next(0, 25), 20);
            var b = Ids(random, random.Next(0, 25), 20);
            var full = WordDiff.Similarity(a, WordDiff.Sorted(a), b, WordDiff.Sorted(b));

            var kept = WordDiff.SimilarityAbove(a, WordDiff.Sorted(a), b, WordDiff.Sorted(b), ListDiff.RewordThreshold, out var score);

            Assert.Equal(full > ListDiff.RewordThreshold, kept);
            if (kept)
            {
                Assert.Equal(full, score);
                above++;
            }
            else if (0.6 * Dice(a, b) + 0.4 <= ListDiff.RewordThreshold) skipped++;
        }

        // Both outcomes, and the shortcut itself, were reached many times.
        Assert.True(above > 1_000, $"{above} pairs above the threshold");
        Assert.True(skipped > 1_000, $"{skipped} pairs skipped by the bound");
    }

    private static int[] Ids(Random random, int count, int vocabulary) => Enumerable.Range(0, count).Select(_ => random.Next(vocabulary)).ToArray();

    private static double Dice(int[] a, int[] b)
    {
        if (a.Length + b.Length == 0) return 1;
        var left = a.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var shared = b.GroupBy(x => x).Sum(g => Math.Min(g.Count(), left.GetValueOrDefault(g.Key)));
        return 2.0 * shared / (a.Length + b.Length);
    }
}
