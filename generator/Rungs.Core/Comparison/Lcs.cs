using System.Buffers;

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

    /// <summary>Matching (before, after) index pairs in increasing order of both; deterministic for the same input.</summary>
    public static List<(int Before, int After)> Pairs(int[] before, int[] after, long tableLimit = DefaultTableLimit)
    {
        var pairs = new List<(int, int)>(Math.Min(before.Length, after.Length));
        Pairs(before, after, pairs, tableLimit);
        return pairs;
    }

    /// <summary>As <see cref="Pairs(int[], int[], long)"/>, into <paramref name="pairs"/> (cleared first), so a caller can reuse one list for many diffs.</summary>
    public static void Pairs(ReadOnlySpan<int> before, ReadOnlySpan<int> after, List<(int Before, int After)> pairs, long tableLimit = DefaultTableLimit)
    {
        pairs.Clear();
        Collect(before, 0, before.Length, after, 0, after.Length, tableLimit, pairs);
    }

    private static void Collect(ReadOnlySpan<int> a, int aLo, int aHi, ReadOnlySpan<int> b, int bLo, int bHi, long tableLimit, List<(int, int)> pairs)
    {
        // A common prefix and suffix are always part of some LCS; trimming them keeps typical edits (one changed phrase) cheap.
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

        var n = aHi - aLo;
        var m = bHi - bLo;
        if (n > 0 && m > 0)
        {
            if ((long)(n + 1) * (m + 1) <= Math.Min(tableLimit, Array.MaxLength) || n == 1 || m == 1) Table(a, aLo, aHi, b, bLo, bHi, pairs);
            else Split(a, aLo, aHi, b, bLo, bHi, tableLimit, pairs);
        }

        for (var k = 0; k < suffix; k++) pairs.Add((aHi + k, bHi + k));
    }

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
                else if (length[(x + 1) * width + y] >= length[x * width + y + 1]) x++;
                else y++;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(length);
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
