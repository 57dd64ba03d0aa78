using System.Numerics;

namespace Rungs.Checking;

/// <summary>
/// Numbers distinct links in the order they are first met. An open-addressing table of numbers over one array of
/// links, rather than a dictionary: a site has tens of thousands of distinct links, and a dictionary would hold each
/// twice over (its entry and its doubled capacity). Not thread-safe: the <see cref="LinkTable"/> holding it locks.
/// </summary>
internal sealed class LinkNumbers
{
    private Link[] _links = new Link[64];

    // Each slot holds a link's number + 1, or 0 when free; never more than three quarters full.
    private int[] _slots = new int[128];

    public int Count { get; private set; }

    /// <summary>Every link, by number; valid until the next link is added.</summary>
    public ReadOnlySpan<Link> All => _links.AsSpan(0, Count);

    public int Number(Link link)
    {
        var slot = Find(_slots, link);
        if (_slots[slot] != 0) return _slots[slot] - 1;

        if (Count == _links.Length) Array.Resize(ref _links, Count + Count / 2);
        _links[Count] = link;
        _slots[slot] = ++Count;
        if (Count * 4 > _slots.Length * 3) Grow();
        return Count - 1;
    }

    /// <summary>The slot holding <paramref name="link"/>, or the free one where it goes.</summary>
    private int Find(int[] slots, Link link)
    {
        var mask = slots.Length - 1;
        // Fibonacci hashing: the product's top bits are the well-mixed ones.
        var slot = (int)(((uint)link.GetHashCode() * 0x9E3779B9u) >> (32 - BitOperations.Log2((uint)slots.Length)));
        while (slots[slot] != 0 && _links[slots[slot] - 1] != link) slot = (slot + 1) & mask;
        return slot;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        for (var number = 0; number < Count; number++) slots[Find(slots, _links[number])] = number + 1;
        _slots = slots;
    }
}
