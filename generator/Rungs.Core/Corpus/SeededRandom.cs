namespace Rungs.Corpus;

/// <summary>A small seeded pseudo-random generator (SplitMix64) whose sequence is fixed by its seed on every platform.</summary>
/// <remarks>
/// System.Random's algorithm is unspecified and has changed between .NET versions, so a corpus built on it
/// could differ between machines. SplitMix64 is a few lines, fully specified here, and fast.
/// </remarks>
public sealed class SeededRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>
    /// An independent stream for one part of the corpus (e.g. stream "duties", item 17). Deriving streams
    /// instead of sharing one keeps each file's text independent of how much randomness other files used.
    /// </summary>
    public static SeededRandom Derive(ulong seed, ulong stream, ulong index) =>
        new(Mix(seed ^ Mix(stream * Golden + Mix(index + Golden))));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A whole number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0) throw new ArgumentOutOfRangeException(nameof(maxExclusive), "must be positive");
        // Multiply-shift on the top 32 bits: no division, and the bias (< 2^-32 per value) is irrelevant here.
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One element of a non-empty list.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct elements of <paramref name="items"/>, in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        count = Math.Min(count, copy.Count);
        // A partial Fisher–Yates shuffle: only the first `count` positions are drawn.
        for (var i = 0; i < count; i++)
        {
            var j = i + Next(copy.Count - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        copy.RemoveRange(count, copy.Count - count);
        return copy;
    }

    /// <summary>The index drawn from relative <paramref name="weights"/>.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }

        return weights.Count - 1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
