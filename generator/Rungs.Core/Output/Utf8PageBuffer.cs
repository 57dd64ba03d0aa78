using System.Text;

namespace Rungs.Output;

/// <summary>
/// Encodes a page's text as UTF-8 into a buffer each thread keeps, and hands the bytes to the output: a page costs no
/// array of its own, so rendering a large site makes little garbage for the collector to move.
/// </summary>
public static class Utf8PageBuffer
{
    // A buffer grown past this by one huge page (the career map, the all-classes table) is dropped after it.
    private const int KeptBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic] private static byte[]? _bytes;

    /// <summary>Adds the file <paramref name="path"/> with <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="output"/>.</summary>
    public static void Write(IOutputSink output, string path, ReadOnlySpan<char> text)
    {
        var bytes = _bytes ??= new byte[64 * 1024];
        if (Utf8.GetMaxByteCount(text.Length) > bytes.Length)
        {
            var needed = Utf8.GetByteCount(text);
            if (needed > bytes.Length) bytes = new byte[Math.Max(needed, bytes.Length * 2)];
        }

        var length = Utf8.GetBytes(text, bytes);
        output.Add(path, bytes.AsSpan(0, length));
        _bytes = bytes.Length > KeptBytes ? null : bytes;
    }
}
