using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>Compares rows by value, word segments included (records compare lists by reference).</summary>
public sealed class ItemDiffComparer : IEqualityComparer<ItemDiff>
{
    public static readonly ItemDiffComparer Instance = new();

    public bool Equals(ItemDiff? x, ItemDiff? y) =>
        x is not null && y is not null
        && (x with { Words = [] }) == (y with { Words = [] })
        && x.Words.SequenceEqual(y.Words);

    public int GetHashCode(ItemDiff obj) => obj.Change.GetHashCode();
}
