using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>
/// The longest common subsequence's pairs are the classic table's, exactly (the same choice on every tie), whichever way
/// Lcs computes them: the pages and the compare page's script show these pairs, so a faster table must not move a word.
/// </summary>
public class LcsTableTests
{
    public static TheoryData<int, int> Alphabets => new() { { 2, 1 }, { 5, 2 }, { 40, 3 }, { 400, 4 }, { 5000, 5 } };

    [Theory]
    [MemberData(nameof(Alphabets))]
    public void Pairs_are_the_classic_tables_on_every_size_and_alphabet(int alphabet, int seed)
    {
        var random = new Random(seed);
        // Around one machine word and its edges, around the small-table cut, and paragraph to page lengths.
        int[] lengths = [1, 2, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 450, 900];
        var reached = 0;
        foreach (var lengthA in lengths)
        {
            foreach (var lengthB in lengths)
            {
                var a = Sequence(random, lengthA, alphabet);
                // Half the cases share most of a (a reworded paragraph), half are unrelated.
                var b = random.Next(2) == 0 ? Sequence(random, lengthB, alphabet) : Reworded(random, a, lengthB, alphabet);

                var expected = ClassicTable(a, b);
                var actual = Lcs.Pairs(a, b);

                Assert.Equal(expected, actual);
                if ((long)lengthA * lengthB > Lcs.SmallTable && lengthA > 1) reached++;
            }
        }

        // The bit-parallel table is what most of these sizes reach (cases too small for it use the classic one).
        Assert.True(reached >= 120, $"only {reached} cases were big enough for the bit-parallel table");
    }

    [Fact]
    public void A_long_paragraph_reworded_throughout_pairs_as_the_classic_table_does()
    {
        var random = new Random(9);
        var before = Sequence(random, 700, 120);
        var after = Reworded(random, before, 650, 120);

        Assert.Equal(ClassicTable(before, after), Lcs.Pairs(before, after));
    }

    [Theory]
    [InlineData(3, 900)]      // lopsided: the classic table
    [InlineData(40, 900)]     // just past the bit table's shape
    [InlineData(900, 40)]
    [InlineData(700, 4096)]   // the bit table's widest
    [InlineData(700, 4097)]   // one wider: the classic table
    public void Lopsided_and_wide_ranges_pair_as_the_classic_table_does(int lengthA, int lengthB)
    {
        var random = new Random(lengthA * 7919 + lengthB);
        var before = Sequence(random, lengthA, 300);
        var after = Reworded(random, [.. before, .. Sequence(random, Math.Max(0, lengthB - lengthA), 300)], lengthB, 300);

        Assert.Equal(ClassicTable(before, after), Lcs.Pairs(before, after));
    }

    private static int[] Sequence(Random random, int length, int alphabet) =>
        Enumerable.Range(0, length).Select(_ => random.Next(alphabet)).ToArray();

    /// <summary>b made of a's elements in order with some dropped, replaced or inserted, trimmed or padded to <paramref name="length"/>.</summary>
    private static int[] Reworded(Random random, int[] a, int length, int alphabet)
    {
        var b = new List<int>();
        foreach (var element in a)
        {
            var roll = random.Next(10);
            if (roll == 0) continue;
            b.Add(roll == 1 ? random.Next(alphabet) : element);
            if (roll == 2) b.Add(random.Next(alphabet));
        }

        while (b.Count < length) b.Add(random.Next(alphabet));
        return [.. b.Take(length)];
    }

    /// <summary>
    /// The reference: the common ends paired first (as Lcs always does), then a full table of suffix lengths over the
    /// middle, walked forwards, dropping the old element on a tie.
    /// </summary>
    private static List<(int Before, int After)> ClassicTable(int[] a, int[] b)
    {
        var pairs = new List<(int, int)>();
        int lo = 0, suffix = 0;
        while (lo < a.Length && lo < b.Length && a[lo] == b[lo]) pairs.Add((lo, lo++));
        while (lo < a.Length - suffix && lo < b.Length - suffix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        int n = a.Length - suffix, m = b.Length - suffix;

        var length = new int[n + 1, m + 1];
        for (var i = n - 1; i >= lo; i--)
        {
            for (var j = m - 1; j >= lo; j--)
                length[i, j] = a[i] == b[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
        }

        int x = lo, y = lo;
        while (x < n && y < m)
        {
            if (a[x] == b[y]) pairs.Add((x++, y++));
            else if (length[x + 1, y] >= length[x, y + 1]) x++;
            else y++;
        }

        for (var k = 0; k < suffix; k++) pairs.Add((n + k, m + k));
        return pairs;
    }
}
