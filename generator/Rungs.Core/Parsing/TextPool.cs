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
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly ConcurrentDictionary<CompactText, CompactText> _compact = new();

    public TextPool() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled copy of <paramref name="text"/>, made (once) only if the pool has none.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (_bySpan.TryGetValue(text, out var pooled)) return pooled;
        var made = text.ToString();
        return _texts.GetOrAdd(made, made);
    }

    /// <summary>The pooled copy of a text already made.</summary>
    public string Of(string text) => text.Length == 0 ? "" : _texts.GetOrAdd(text, text);

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
