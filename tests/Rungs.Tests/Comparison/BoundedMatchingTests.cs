using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>
/// The list diff scores an old item only against the new items that share its rarer words. On random realistic lists
/// (shared words, rewordings, reorderings, duplicates, additions and removals) it must match exactly as scoring every pair
/// did whenever at most <see cref="WordIndex.CandidateLimit"/> new items are left for the similarity matching (every real
/// spec's lists), and nearly so beyond.
/// </summary>
public sealed class BoundedMatchingTests
{
    [Fact]
    public void Random_realistic_lists_match_as_when_every_pair_was_scored()
    {
        var random = new Random(17);
        int reworded = 0, rewordedPairs = 0, overLimit = 0, overLimitLines = 0, overLimitDifferent = 0;
        for (var k = 0; k < 600; k++)
        {
            // Mostly lists of real size, one in ten longer than the candidate limit, so that both regimes are exercised.
            var size = k % 10 == 0 ? random.Next(WordIndex.CandidateLimit + 10, 300) : random.Next(0, 45);
            var threshold = k % 4 == 3 ? (random.Next(2) == 0 ? 0.3 : 0.7) : ListDiff.RewordThreshold;
            var (before, after) = RealisticLists.Revision(random, size);

            var expected = AllPairsMatching.Match(before, after, threshold);
            var actual = AllPairsMatching.Lines(ListDiff.Compare(before, after, threshold));

            var pairs = expected.Count(line => line.StartsWith(nameof(ItemChange.Reworded), StringComparison.Ordinal));
            if (pairs > 0) reworded++;
            rewordedPairs += pairs;
            var leftForSimilarity = pairs + expected.Count(line => line.StartsWith(nameof(ItemChange.Added), StringComparison.Ordinal));
            if (leftForSimilarity <= WordIndex.CandidateLimit)
            {
                Assert.True(expected.SequenceEqual(actual), $"case {k} ({before.Length} → {after.Length} items, threshold {threshold}):\nall pairs: {string.Join(", ", expected.Except(actual))}\nbounded: {string.Join(", ", actual.Except(expected))}");
            }
            else
            {
                overLimit++;
                overLimitLines += expected.Count;
                overLimitDifferent += expected.Except(actual).Count();
            }
        }

        // Not vacuous: most cases reached the similarity matching and paired items there.
        Assert.True(reworded >= 400, $"only {reworded} of 600 cases had a Reworded pair");
        Assert.True(rewordedPairs >= 4000, $"only {rewordedPairs} Reworded pairs in all");

        // Beyond the limit the words that most new items share are not followed, so a pair that shares only those may
        // become a removal and an addition; on realistic lists that is rare.
        Assert.True(overLimit >= 40, $"only {overLimit} cases had more than {WordIndex.CandidateLimit} new items left for the similarity matching");
        Assert.True(overLimitDifferent * 100 <= overLimitLines, $"{overLimitDifferent} of {overLimitLines} items matched differently in the {overLimit} long cases");
    }

    [Fact]
    public void With_at_most_the_limit_of_new_items_an_old_item_is_offered_every_new_item_it_shares_a_word_with()
    {
        // The list diff scores every new item of a list this short without the index; the index must find the same.
        var random = new Random(19);
        var offered = 0;
        for (var k = 0; k < 300; k++)
        {
            var (before, after) = RealisticLists.Revision(random, random.Next(1, 50));
            if (after.Length > WordIndex.CandidateLimit) continue;
            var texts = new PreparedTexts();
            var old = before.Select(texts.Item).ToArray();
            var now = after.Select(texts.Item).ToArray();
            var index = new WordIndex(now, Enumerable.Repeat(-1, now.Length).ToArray());
            var nearby = new List<int>();

            for (var i = 0; i < old.Length; i++)
            {
                index.Candidates(i, old[i].SortedStems, nearby);
                Assert.Equal(Enumerable.Range(0, now.Length).Where(j => now[j].Ids.Intersect(old[i].Ids).Any()), nearby.Order());
                offered += nearby.Count;
            }
        }

        Assert.True(offered >= 20_000, $"only {offered} candidates offered in all");
    }
}
