using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Rungs.Content;

namespace Rungs.Parsing;

/// <summary>
/// One shared copy of each short text the parsed model keeps (list items, headings, item groups). Classes of a series
/// repeat most of their duties and qualifications word for word, and the model lives for the whole build: at 10,000
/// classes only a third of the item texts are distinct (and a tenth of the sections are another's twin). Safe to use
/// from every parsing thread at once.
/// </summary>
public sealed class TextPool
{
    private readonly StringPool _texts = new();
    private readonly ConcurrentDictionary<CompactText, CompactText> _compact = new();

    /// <summary>The pooled copy of <paramref name="text"/>, made (once) only if the pool has none.</summary>
    public string Of(ReadOnlySpan<char> text) => _texts.Get(text);

    /// <summary>The pooled copy of a text already made.</summary>
    public string Of(string text) => _texts.Get(text);

    /// <summary>The pooled copy of a section's HTML or plain text.</summary>
    public CompactText Of(CompactText text) => _compact.GetOrAdd(text, text);

    /// <summary>The pooled copy of part of <paramref name="builder"/>, without making a string of it when the pool has one.</summary>
    public string Of(StringBuilder builder, int start, int length)
    {
        if (length == 0) return "";
        foreach (var chunk in builder.GetChunks())
        {
            // The builders used here are cleared and reused, so their text is nearly always in one chunk.
            if (chunk.Length >= start + length) return Of(chunk.Span.Slice(start, length));
            break;
        }

        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            builder.CopyTo(start, chars, 0, length);
            return Of(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
