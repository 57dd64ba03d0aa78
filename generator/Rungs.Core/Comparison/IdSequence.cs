namespace Rungs.Comparison;

/// <summary>Compares word-id arrays by their contents, so a list item's words can key a dictionary without joining them into a string.</summary>
internal sealed class IdSequence : IEqualityComparer<int[]>
{
    public static readonly IdSequence Comparer = new();

    public bool Equals(int[]? x, int[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(int[] ids)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ids.AsSpan()));
        return hash.ToHashCode();
    }
}
