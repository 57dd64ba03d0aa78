using System.Numerics;

namespace Rungs.Checking;

/// <summary>
/// Numbers texts in the order they are first met, each kept once and found by its characters, so that a text met
/// before costs no allocation. An open-addressing table of numbers over one array of texts, like
/// <see cref="LinkNumbers"/>, and for the same reason: a dictionary would be several times the size. Not thread-safe:
/// the <see cref="LinkTable"/> holding it locks.
/// </summary>
internal sealed class TextNumbers
{
    private string[] _texts = new string[16];

    // Each slot holds a text's number + 1, or 0 when free; never more than three quarters full.
    private int[] _slots = new int[32];

    public int Count { get; private set; }

    public string this[int number] => _texts[number];

    public bool TryFind(ReadOnlySpan<char> text, out int number)
    {
        number = _slots[Find(_slots, text)] - 1;
        return number >= 0;
    }

    public int Number(ReadOnlySpan<char> text) => TryFind(text, out var number) ? number : Add(text.ToString());

    public int Number(string text) => TryFind(text, out var number) ? number : Add(text);

    /// <summary>
    /// The number of <paramref name="text"/>, which from now on is the copy kept: a page's path is held by the output
    /// already, and the copy made when a link to the page was met first can go.
    /// </summary>
    public int Adopt(string text)
    {
        if (!TryFind(text, out var number)) return Add(text);
        _texts[number] = text;
        return number;
    }

    private int Add(string text)
    {
        if (Count == _texts.Length) Array.Resize(ref _texts, Count + Count / 2);
        _texts[Count] = text;
        _slots[Find(_slots, text)] = ++Count;
        if (Count * 4 > _slots.Length * 3) Grow();
        return Count - 1;
    }

    /// <summary>The slot holding <paramref name="text"/>, or the free one where it goes.</summary>
    private int Find(int[] slots, ReadOnlySpan<char> text)
    {
        var mask = slots.Length - 1;
        // Fibonacci hashing: the product's top bits are the well-mixed ones.
        var slot = (int)(((uint)string.GetHashCode(text) * 0x9E3779B9u) >> (32 - BitOperations.Log2((uint)slots.Length)));
        while (slots[slot] != 0 && !text.SequenceEqual(_texts[slots[slot] - 1])) slot = (slot + 1) & mask;
        return slot;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        for (var number = 0; number < Count; number++) slots[Find(slots, _texts[number])] = number + 1;
        _slots = slots;
    }
}
