using System.Buffers;
using System.Numerics;

namespace Rungs.Comparison;

/// <summary>A longest common subsequence of two integer sequences, as the index pairs that match (shared by word and list diffs).</summary>
internal static class Lcs
{
    /// <summary>
    /// Above this many cells (4M ints = 16 MB) the quadratic table is not built; the problem is halved Hirschberg-style
    /// instead, which needs linear memory. Sentences (200 words → 40k cells) never get near it; it only guards against
    /// someone diffing whole documents.
    /// </summary>
    public const long DefaultTableLimit = 1 << 22;

    /// <summary>
    /// Cells (n·m over all the ranges solved exactly) one call may spend: 64M, two 8,000-word texts. Realistic texts and
    /// lists never reach it, so their pairs are an exact longest common subsequence; beyond it the cost stays near-linear
    /// and the pairs are a common subsequence anchored on elements that occur once on each side (see <see cref="Anchored"/>),
    /// or, where there are none, found in proportional halves of the two sides.
    /// </summary>
    public const long DefaultWorkLimit = 1L << 26;

    /// <summary>How many times a range too big to solve exactly may be cut at unique elements, each cut's gaps cut again.</summary>
    private const int AnchorDepth = 8;

    /// <summary>Matching (before, after) index pairs in increasing order of both; deterministic for the same input.</summary>
    public static List<(int Before, int After)> Pairs(int[] before, int[] after, long tableLimit = DefaultTableLimit, long workLimit = DefaultWorkLimit)
    {
        var pairs = new List<(int, int)>(Math.Min(before.Length, after.Length));
        Pairs(before, after, pairs, tableLimit, workLimit);
        return pairs;
    }

    /// <summary>As <see cref="Pairs(int[], int[], long, long)"/>, into <paramref name="pairs"/> (cleared first), so a caller can reuse one list for many diffs.</summary>
    public static void Pairs(ReadOnlySpan<int> before, ReadOnlySpan<int> after, List<(int Before, int After)> pairs, long tableLimit = DefaultTableLimit, long workLimit = DefaultWorkLimit)
    {
        pairs.Clear();
        var budget = workLimit;
        Bounded(before, 0, before.Length, after, 0, after.Length, tableLimit, ref budget, AnchorDepth, pairs);
    }

    /// <summary>Exact (<see cref="Collect"/>) while the range's n·m fits what is left of the budget; otherwise cut at unique elements, or halved.</summary>
    private static void Bounded(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, long tableLimit, ref long budget, int depth, List<(int, int)> pairs)
    {
        var suffix = TrimCommonEnds(a, ref aLo, ref aHi, b, ref bLo, ref bHi, pairs);

        var n = aHi - aLo;
        var m = bHi - bLo;
        var cells = (long)n * m;
        if (cells > 0 && (cells <= budget || n == 1 || m == 1))
        {
            // One element on a side is a linear scan whatever the other side's length.
            budget -= Math.Min(cells, budget);
            Collect(a, aLo, aHi, b, bLo, bHi, tableLimit, pairs);
        }
        else if (cells > 0 && (depth == 0 || !Anchored(a, aLo, aHi, b, bLo, bHi, tableLimit, ref budget, depth - 1, pairs)))
        {
            // Nothing occurs once on each side (a long text over a small vocabulary): halve both sides in proportion, which
            // keeps a text whose words were replaced in place aligned, and go on with each half.
            var aMiddle = aLo + n / 2;
            var bMiddle = bLo + (int)((long)m * (aMiddle - aLo) / n);
            Bounded(a, aLo, aMiddle, b, bLo, bMiddle, tableLimit, ref budget, depth, pairs);
            Bounded(a, aMiddle, aHi, b, bMiddle, bHi, tableLimit, ref budget, depth, pairs);
        }

        for (var k = 0; k < suffix; k++) pairs.Add((aHi + k, bHi + k));
    }

    /// <summary>
    /// Patience-style cut of a range too big for the budget: the elements that occur exactly once in each side, the longest
    /// run of them in the same order on both sides (a longest increasing subsequence, O(k log k)), and the gaps between
    /// them, each solved by <see cref="Bounded"/>. Linear in the range apart from the sort of the anchors. False, with
    /// nothing added, when no element occurs once on each side.
    /// </summary>
    private static bool Anchored(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, long tableLimit, ref long budget, int depth, List<(int, int)> pairs)
    {
        var onlyInA = UniquePositions(a, aLo, aHi);
        var onlyInB = UniquePositions(b, bLo, bHi);
        var anchors = new List<(int Before, int After)>();
        for (var i = aLo; i < aHi; i++)
        {
            if (onlyInA[a[i]] == i && onlyInB.TryGetValue(a[i], out var j) && j >= 0) anchors.Add((i, j));
        }

        if (anchors.Count == 0) return false;
        var x = aLo;
        var y = bLo;
        foreach (var (i, j) in IncreasingRun(anchors))
        {
            Bounded(a, x, i, b, y, j, tableLimit, ref budget, depth, pairs);
            pairs.Add((i, j));
            x = i + 1;
            y = j + 1;
        }

        Bounded(a, x, aHi, b, y, bHi, tableLimit, ref budget, depth, pairs);
        return true;
    }

    /// <summary>Each value's position in the range, or -1 when it occurs more than once there.</summary>
    private static Dictionary<int, int> UniquePositions(ReadOnlySpan<int> values, int lo, int hi)
    {
        var positions = new Dictionary<int, int>();
        for (var k = lo; k < hi; k++)
        {
            positions[values[k]] = positions.ContainsKey(values[k]) ? -1 : k;
        }

        return positions;
    }

    /// <summary>
    /// The longest subsequence of <paramref name="anchors"/> (increasing in Before) that also increases in After, by patience
    /// sorting: each anchor goes on the leftmost pile whose top has a larger After; the last pile's top, followed back, is the run.
    /// </summary>
    private static List<(int Before, int After)> IncreasingRun(List<(int Before, int After)> anchors)
    {
        var tops = new List<int>();
        var previous = new int[anchors.Count];
        for (var k = 0; k < anchors.Count; k++)
        {
            int low = 0, high = tops.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (anchors[tops[middle]].After < anchors[k].After) low = middle + 1;
                else high = middle;
            }

            previous[k] = low > 0 ? tops[low - 1] : -1;
            if (low == tops.Count) tops.Add(k);
            else tops[low] = k;
        }

        var run = new List<(int, int)>(tops.Count);
        for (var k = tops.Count > 0 ? tops[^1] : -1; k >= 0; k = previous[k]) run.Add(anchors[k]);
        run.Reverse();
        return run;
    }

    private static void Collect(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, long tableLimit, List<(int, int)> pairs)
    {
        var suffix = TrimCommonEnds(a, ref aLo, ref aHi, b, ref bLo, ref bHi, pairs);

        var n = aHi - aLo;
        var m = bHi - bLo;
        if (n > 0 && m > 0)
        {
            if ((long)(n + 1) * (m + 1) > Math.Min(tableLimit, Array.MaxLength) && n > 1 && m > 1) Split(a, aLo, aHi, b, bLo, bHi, tableLimit, pairs);
            else if ((long)n * m <= SmallTable || m > MaxBitColumns || m > BitTableShape * n) Table(a, aLo, aHi, b, bLo, bHi, pairs);
            else BitTable(a, aLo, aHi, b, bLo, bHi, pairs);
        }

        for (var k = 0; k < suffix; k++) pairs.Add((aHi + k, bHi + k));
    }

    /// <summary>
    /// Adds the pairs of the common prefix and narrows both ranges past it and the common suffix, whose length it returns:
    /// the caller adds the suffix's pairs after the middle's. Both are always part of some LCS, and trimming them keeps
    /// typical edits (one changed phrase) cheap.
    /// </summary>
    private static int TrimCommonEnds(ReadOnlySpan<int> a, ref int aLo, ref int aHi, ReadOnlySpan<int> b, ref int bLo, ref int bHi, List<(int, int)> pairs)
    {
        while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo])
        {
            pairs.Add((aLo, bLo));
            aLo++;
            bLo++;
        }

        var suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix && a[aHi - 1 - suffix] == b[bHi - 1 - suffix]) suffix++;
        aHi -= suffix;
        bHi -= suffix;
        return suffix;
    }

    /// <summary>
    /// Up to this many cells the classic table is quicker than setting up <see cref="BitTable"/> (a symbol map and masks);
    /// item texts of 15–30 words fall here, a paragraph of prose does not.
    /// </summary>
    internal const int SmallTable = 1024;

    /// <summary>
    /// <see cref="BitTable"/>'s walk reads a length as m / 64 words, twice a step over n + m steps, so it beats the classic
    /// table's n·m cells only while the new side is at most about 30 times the old: lopsided ranges use the classic table.
    /// </summary>
    private const int BitTableShape = 16;

    /// <summary>
    /// The most elements of the new side <see cref="BitTable"/> takes: its masks grow with distinct elements × length / 64
    /// (2 MB at this length, all distinct). Longer new sides within the table limit have few old elements; the classic table serves.
    /// </summary>
    private const int MaxBitColumns = 4096;

    /// <summary>Classic O(n·m) table of suffix LCS lengths, walked forwards; on ties it drops the old element first.</summary>
    private static void Table(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, List<(int, int)> pairs)
    {
        var n = aHi - aLo;
        var m = bHi - bLo;
        var width = m + 1;

        // Rented, not allocated: a 200-word sentence needs a 160 KB table, which would otherwise land on the large object
        // heap on every call. Only the cells written below are read, plus the last row and column, cleared here.
        var length = ArrayPool<int>.Shared.Rent((n + 1) * width);
        try
        {
            Array.Clear(length, n * width, width);
            for (var i = n - 1; i >= 0; i--)
            {
                var row = i * width;
                var next = row + width;
                var ai = a[aLo + i];
                length[row + m] = 0;
                for (var j = m - 1; j >= 0; j--)
                {
                    length[row + j] = ai == b[bLo + j]
                        ? length[next + j + 1] + 1
                        : Math.Max(length[next + j], length[row + j + 1]);
                }
            }

            Walk(a, aLo, aHi, b, bLo, bHi, new TableLengths(length, width), pairs);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(length);
        }
    }

    /// <summary>
    /// The same table and walk as <see cref="Table"/>, 64 cells to a machine word (Allison–Dix, Hyyrö's bit-parallel LCS), so
    /// two 400-word paragraphs cost about 2,800 word operations for the rows and 11,000 for the walk instead of 160,000
    /// cells. Row i covers a's last i elements
    /// against b reversed: bit j of it is clear when LCS(a's last i, b's last j + 1) exceeds LCS(a's last i, b's last j),
    /// so a suffix length is a count of clear bits, and the walk makes exactly <see cref="Table"/>'s choices.
    /// </summary>
    private static void BitTable(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, List<(int, int)> pairs)
    {
        var n = aHi - aLo;
        var m = bHi - bLo;
        var words = (m + 63) >> 6;
        var slots = ThreadSpare<Dictionary<int, int>>.Take(static () => []);
        slots.Clear();
        // Each distinct element of b gets a slot, then a mask of where it stands in b reversed.
        foreach (var element in b[bLo..bHi]) slots.TryAdd(element, slots.Count);
        var masks = ArrayPool<ulong>.Shared.Rent(slots.Count * words);
        var rows = ArrayPool<ulong>.Shared.Rent((n + 1) * words);
        try
        {
            Array.Clear(masks, 0, slots.Count * words);
            for (var j = 0; j < m; j++) masks[slots[b[bHi - 1 - j]] * words + (j >> 6)] |= 1UL << (j & 63);

            Array.Fill(rows, ulong.MaxValue, 0, words);
            for (var i = 1; i <= n; i++)
            {
                var previous = rows.AsSpan((i - 1) * words, words);
                var row = rows.AsSpan(i * words, words);
                if (!slots.TryGetValue(a[aHi - i], out var slot))
                {
                    previous.CopyTo(row);
                    continue;
                }

                // row = (previous + u) | (previous - u) with u = previous & mask; u lies within previous, so the
                // subtraction borrows nothing and is previous & ~u. The addition carries across words.
                var mask = masks.AsSpan(slot * words, words);
                var carry = 0UL;
                for (var k = 0; k < words; k++)
                {
                    var v = previous[k];
                    var u = v & mask[k];
                    var partial = v + u;
                    var sum = partial + carry;
                    carry = (partial < v ? 1UL : 0UL) | (sum < partial ? 1UL : 0UL);
                    row[k] = sum | (v & ~u);
                }
            }

            Walk(a, aLo, aHi, b, bLo, bHi, new BitRowLengths(rows, n, m, words), pairs);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(masks);
            ArrayPool<ulong>.Shared.Return(rows);
            // At most MaxBitColumns entries: always small enough to keep.
            ThreadSpare<Dictionary<int, int>>.Return(slots, small: true);
        }
    }

    /// <summary>
    /// Walks a table of suffix lengths forwards from both starts: equal elements pair; otherwise the side whose step keeps the
    /// longer rest advances, the old side on a tie.
    /// </summary>
    private static void Walk<T>(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, T lengths, List<(int, int)> pairs)
        where T : struct, ISuffixLengths
    {
        var n = aHi - aLo;
        var m = bHi - bLo;
        var x = 0;
        var y = 0;
        while (x < n && y < m)
        {
            if (a[aLo + x] == b[bLo + y])
            {
                pairs.Add((aLo + x, bLo + y));
                x++;
                y++;
            }
            else if (lengths.At(x + 1, y) >= lengths.At(x, y + 1)) x++;
            else y++;
        }
    }

    /// <summary>LCS lengths of the ranges' suffixes from x and y (offsets into each range).</summary>
    private interface ISuffixLengths
    {
        int At(int x, int y);
    }

    /// <summary><see cref="Table"/>'s cells, a row per old element.</summary>
    private readonly struct TableLengths(int[] length, int width) : ISuffixLengths
    {
        public int At(int x, int y) => length[x * width + y];
    }

    /// <summary><see cref="BitTable"/>'s rows: the suffix from x is row n − x, whose first m − y bits count the length's steps.</summary>
    private readonly struct BitRowLengths(ulong[] rows, int n, int m, int words) : ISuffixLengths
    {
        public int At(int x, int y)
        {
            var count = m - y;
            var row = rows.AsSpan((n - x) * words, words);
            var set = 0;
            for (var k = 0; k < count >> 6; k++) set += BitOperations.PopCount(row[k]);
            if ((count & 63) != 0) set += BitOperations.PopCount(row[count >> 6] & ((1UL << (count & 63)) - 1));
            return count - set;
        }
    }

    /// <summary>Hirschberg: split the old sequence in half, find where the new one splits so both halves' LCS lengths add up to the most, recurse.</summary>
    private static void Split(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, long tableLimit, List<(int, int)> pairs)
    {
        var mid = aLo + (aHi - aLo) / 2;
        var m = bHi - bLo;
        var forward = ForwardRow(a, aLo, mid, b, bLo, bHi);
        var backward = BackwardRow(a, mid, aHi, b, bLo, bHi);

        var best = 0;
        for (var k = 1; k <= m; k++)
        {
            if (forward[k] + backward[k] > forward[best] + backward[best]) best = k;
        }

        Collect(a, aLo, mid, b, bLo, bLo + best, tableLimit, pairs);
        Collect(a, mid, aHi, b, bLo + best, bHi, tableLimit, pairs);
    }

    /// <summary>row[k] = LCS length of a[aLo..aHi) and b[bLo..bLo+k).</summary>
    private static int[] ForwardRow(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi)
    {
        var m = bHi - bLo;
        var row = new int[m + 1];
        var previous = new int[m + 1];
        for (var i = aLo; i < aHi; i++)
        {
            (previous, row) = (row, previous);
            row[0] = 0;
            for (var k = 1; k <= m; k++)
            {
                row[k] = a[i] == b[bLo + k - 1] ? previous[k - 1] + 1 : Math.Max(previous[k], row[k - 1]);
            }
        }

        return row;
    }

    /// <summary>row[k] = LCS length of a[aLo..aHi) and b[bLo+k..bHi).</summary>
    private static int[] BackwardRow(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi)
    {
        var m = bHi - bLo;
        var row = new int[m + 1];
        var previous = new int[m + 1];
        for (var i = aHi - 1; i >= aLo; i--)
        {
            (previous, row) = (row, previous);
            row[m] = 0;
            for (var k = m - 1; k >= 0; k--)
            {
                row[k] = a[i] == b[bLo + k] ? previous[k + 1] + 1 : Math.Max(previous[k], row[k + 1]);
            }
        }

        return row;
    }
}
