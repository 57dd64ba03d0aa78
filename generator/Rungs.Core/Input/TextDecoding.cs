using System.Text;

namespace Rungs.Input;

/// <summary>Turns file bytes into the one text form the parser sees: strict UTF-8, no BOM, LF line ends.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes bytes, or returns null and the byte offset of the first invalid sequence.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out int invalidOffset)
    {
        invalidOffset = -1;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        try
        {
            return Normalise(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            invalidOffset = Math.Max(0, e.Index);
            return null;
        }
    }

    /// <summary>The line and column of a byte offset, for pointing at an undecodable byte.</summary>
    public static Diagnostics.SourcePosition PositionOf(string displayPath, ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new Diagnostics.SourcePosition(displayPath, line, column);
    }

    /// <summary>Drops a leading BOM and turns CRLF and lone CR into LF.</summary>
    public static string Normalise(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
