namespace Rungs.Checking;

/// <summary>
/// A page's list of link numbers, each kept as its difference from the one before, seven bits to a byte, the high bit
/// marking that more follow: the header's and footer's links are met first, so have small numbers, and a list of
/// classes was numbered in its order where it was first met, so the differences are mostly small too.
/// </summary>
internal static class PackedNumbers
{
    public static byte[] Pack(ReadOnlySpan<int> numbers)
    {
        var length = 0;
        var previous = 0;
        foreach (var number in numbers) length += Size(Difference(number, ref previous));
        var bytes = new byte[length];
        var at = 0;
        previous = 0;
        foreach (var number in numbers)
        {
            var value = Difference(number, ref previous);
            for (; value >= 0x80; value >>= 7) bytes[at++] = (byte)(value | 0x80);
            bytes[at++] = (byte)value;
        }

        return bytes;
    }

    /// <summary>The numbers of <paramref name="bytes"/>, in order.</summary>
    public static Reader Read(byte[] bytes) => new(bytes);

    /// <summary>The step from the previous number, zig-zagged so that a small step back is a small number too (-1 is 1, 1 is 2).</summary>
    private static uint Difference(int number, ref int previous)
    {
        var step = (long)number - previous;
        previous = number;
        return (uint)((step << 1) ^ (step >> 63));
    }

    private static int Size(uint value)
    {
        var size = 1;
        for (; value >= 0x80; value >>= 7) size++;
        return size;
    }

    /// <summary>Reads packed numbers one by one, without allocating.</summary>
    public struct Reader(byte[] bytes)
    {
        private int _at;
        private long _previous;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            if (_at >= bytes.Length) return false;
            uint value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = bytes[_at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) break;
            }

            _previous += (long)(value >> 1) ^ -(long)(value & 1);
            Current = (int)_previous;
            return true;
        }

        public readonly Reader GetEnumerator() => this;
    }
}
