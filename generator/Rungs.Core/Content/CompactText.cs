using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Rungs.Content;

/// <summary>
/// A long text the model keeps for the whole build but reads rarely (a section's HTML and plain text), stored as UTF-8:
/// half the memory of a string for the mostly-ASCII text of specs, and half the bytes the garbage collector moves
/// and marks. Decoded afresh on each read. A text that UTF-8 would not make smaller, or could not carry exactly
/// (a lone surrogate), is kept as the string it is.
/// </summary>
public readonly struct CompactText : IEquatable<CompactText>
{
    // A byte[] of UTF-8, or the string itself.
    private readonly object? _value;

    private CompactText(object value) => _value = value;

    public static CompactText Of(string text) => new(Encode(text) ?? (object)text);

    /// <summary>The text in <paramref name="builder"/> from <paramref name="start"/>, without making a string of it first.</summary>
    public static CompactText Of(StringBuilder builder, int start, int length)
    {
        if (length == 0) return new("");
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            builder.CopyTo(start, chars, 0, length);
            var span = chars.AsSpan(0, length);
            return new(Encode(span) ?? (object)new string(span));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static byte[]? Encode(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        var size = Encoding.UTF8.GetByteCount(text);
        if (size >= text.Length * 2) return null;
        var bytes = new byte[size];
        // GetByteCount counted a lone surrogate as the replacement character; refusing it here keeps the text exact.
        return Utf8.FromUtf16(text, bytes, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done && written == size
            ? bytes
            : null;
    }

    /// <summary>Whether the text is kept as UTF-8 (<see cref="Utf8Bytes"/>); otherwise it is its string.</summary>
    internal bool IsUtf8 => _value is byte[];

    /// <summary>The text's UTF-8 bytes when <see cref="IsUtf8"/>, for writers that take UTF-8 as it is.</summary>
    internal ReadOnlySpan<byte> Utf8Bytes => _value as byte[];

    /// <summary>How many characters the text has.</summary>
    public int Length => _value switch
    {
        byte[] bytes => Encoding.UTF8.GetCharCount(bytes),
        string text => text.Length,
        _ => 0,
    };

    /// <summary>Decodes the text into <paramref name="destination"/>, which holds at least <see cref="Length"/> characters, with no string between.</summary>
    /// <returns>The characters written.</returns>
    public int CopyTo(Span<char> destination)
    {
        switch (_value)
        {
            case byte[] bytes:
                return Encoding.UTF8.GetChars(bytes, destination);
            case string text:
                text.CopyTo(destination);
                return text.Length;
            default:
                return 0;
        }
    }

    public override string ToString() => _value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string text => text,
        _ => "",
    };

    // A text has one form (Of decides it from the text alone), so equal texts are equal bytes or equal strings, and
    // comparing the stored forms needs no decoding. The empty text is the only one held both ways ("" and default).
    public bool Equals(CompactText other) => (_value ?? "", other._value ?? "") switch
    {
        (byte[] mine, byte[] theirs) => mine.AsSpan().SequenceEqual(theirs),
        (string mine, string theirs) => string.Equals(mine, theirs, StringComparison.Ordinal),
        _ => false,
    };

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode()
    {
        if (_value is not byte[] bytes) return string.GetHashCode((string?)_value ?? "", StringComparison.Ordinal);
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    public static bool operator ==(CompactText left, CompactText right) => left.Equals(right);

    public static bool operator !=(CompactText left, CompactText right) => !left.Equals(right);
}
