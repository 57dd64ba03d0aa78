using Rungs.Comparison;
using static Rungs.Tests.Comparison.DiffNotation;

namespace Rungs.Tests.Comparison;

/// <summary>
/// The same inputs always give the same diff (ties included), and large inputs are handled without special cases.
/// Nothing here measures time: the sizes are those the generator meets, and the tests only check the answers.
/// </summary>
public sealed class DeterminismAndScaleTests
{
    [Fact]
    public void Comparing_the_same_lists_twice_gives_equal_rows()
    {
        string[] before = ["files red forms", "files blue forms", "answers calls", "greets visitors", "answers calls"];
        string[] after = ["answers calls", "files green forms", "files green forms", "orders supplies", "answers calls"];

        var first = ListDiff.Compare(before, after);
        var second = ListDiff.Compare([.. before], [.. after]);

        Assert.Equal(first, second, ItemDiffComparer.Instance);
        Assert.Equal("= answers calls | - greets visitors | ~ files red forms→files green forms | ~ files blue forms→files green forms | + orders supplies | = answers calls", Show(first));
    }

    [Fact]
    public void Equal_similarities_are_settled_by_position_old_item_first_then_new_item()
    {
        // Every old item is exactly as similar to every new item (2/3), so only position decides.
        var rows = ListDiff.Compare(["files red forms", "files blue forms"], ["files green forms", "files pink forms"]);

        Assert.Equal("~ files red forms→files green forms | ~ files blue forms→files pink forms", Show(rows));
    }

    [Fact]
    public void Similarity_is_symmetric_and_within_0_and_1()
    {
        string[] texts =
        [
            "", "answers calls", "answers answers calls", "files red forms", "files green forms", "Files, red; FORMS.",
            "responds to routine inquiries from clients", "responds to complex inquiries (e.g., approval)", "– & –",
        ];

        foreach (var a in texts)
        {
            foreach (var b in texts)
            {
                var similarity = WordDiff.Similarity(a, b);
                Assert.InRange(similarity, 0.0, 1.0);
                Assert.Equal(similarity, WordDiff.Similarity(b, a));
            }
        }
    }

    [Fact]
    public void Two_15_item_lists_of_200_word_items_are_paired_item_by_item()
    {
        var random = new Random(7);
        var before = Enumerable.Range(0, 15).Select(i => Sentence(random, i, 200)).ToArray();
        var after = before.Select((text, i) => i % 3 == 0 ? text : Reword(text, i)).Reverse().ToArray();

        var rows = ListDiff.Compare(before, after);

        Assert.Equal(15, rows.Count);
        Assert.All(rows, row => Assert.Equal(14 - row.BeforeIndex, row.AfterIndex));
        Assert.Equal(5, rows.Count(row => row.Change is ItemChange.Unchanged or ItemChange.Moved));
        Assert.Equal(10, rows.Count(row => row.Change == ItemChange.Reworded));
    }

    [Theory]
    [InlineData(300, 250, 16)]
    [InlineData(3000, 3000, Lcs.DefaultTableLimit)]
    public void A_long_diff_finds_a_longest_common_subsequence_even_when_it_is_too_big_for_the_table(int lengthA, int lengthB, long tableLimit)
    {
        // 3000 × 3000 words is over the table limit, so the linear-memory split is used; a tiny limit forces the split
        // at every level. Either way the result must be as long as the plain table's, and a valid common subsequence.
        var random = new Random(11);
        var a = Enumerable.Range(0, lengthA).Select(_ => random.Next(40)).ToArray();
        var b = Enumerable.Range(0, lengthB).Select(_ => random.Next(40)).ToArray();

        var split = Lcs.Pairs(a, b, tableLimit);
        var table = Lcs.Pairs(a, b, long.MaxValue);

        Assert.Equal(table.Count, split.Count);
        AssertCommonSubsequence(a, b, split);
    }

    [Fact]
    public void A_long_text_word_diff_rebuilds_both_texts()
    {
        var random = new Random(5);
        var before = Sentence(random, 0, 2500);
        var after = Reword(before, 3);

        var segments = WordDiff.Compare(before, after);

        Assert.Equal(before, string.Join(' ', segments.Where(s => s.Change != WordChange.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Join(' ', segments.Where(s => s.Change != WordChange.Removed).Select(s => s.Text)));
    }

    private static void AssertCommonSubsequence(int[] a, int[] b, List<(int Before, int After)> pairs)
    {
        for (var k = 0; k < pairs.Count; k++)
        {
            Assert.Equal(a[pairs[k].Before], b[pairs[k].After]);
            if (k > 0) Assert.True(pairs[k].Before > pairs[k - 1].Before && pairs[k].After > pairs[k - 1].After);
        }
    }

    /// <summary>A sentence whose words are mostly unique to item <paramref name="item"/>, with some common filler.</summary>
    private static string Sentence(Random random, int item, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(k => random.Next(4) == 0 ? "and" : $"w{item}x{random.Next(500)}"));

    /// <summary>Every seventh word replaced and every eleventh dropped: clearly the same item, reworded.</summary>
    private static string Reword(string text, int seed) =>
        string.Join(' ', text.Split(' ').Select((word, k) => k % 11 == 10 ? null : k % 7 == seed % 7 ? $"new{k}" : word).OfType<string>());
}
