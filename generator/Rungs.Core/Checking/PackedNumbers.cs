namespace Rungs.Checking;

/// <summary>
/// Non-negative numbers packed seven bits to a byte, the high bit marking that more follow: a page's list of link
/// numbers, most of them small (the header's and footer's links are met first), in a third of the bytes of an int array.
/// </summary>
internal static class PackedNumbers
{
    public static byte[] Pack(ReadOnlySpan<int> numbers)
    {
        var length = 0;
        foreach (var number in numbers) length += Size((uint)number);
        var bytes = new byte[length];
        var at = 0;
        foreach (var number in numbers)
        {
            var value = (uint)number;
            for (; value >= 0x80; value >>= 7) bytes[at++] = (byte)(value | 0x80);
            bytes[at++] = (byte)value;
        }

        return bytes;
    }

    /// <summary>The numbers of <paramref name="bytes"/>, in order.</summary>
    public static Reader Read(byte[] bytes) => new(bytes);

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

            Current = (int)value;
            return true;
        }

        public readonly Reader GetEnumerator() => this;
    }
}
