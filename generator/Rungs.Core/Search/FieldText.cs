using Rungs.Content;

namespace Rungs.Search;

/// <summary>
/// A document's text in one field: a string, or a section's text as the model keeps it (compact UTF-8), which the
/// term collector decodes into a buffer of its own rather than into a string per section.
/// </summary>
public readonly struct FieldText
{
    private readonly string? _text;
    private readonly CompactText _compact;
    private readonly bool _isCompact;

    private FieldText(string? text) => _text = text;

    private FieldText(CompactText compact)
    {
        _compact = compact;
        _isCompact = true;
    }

    public static implicit operator FieldText(string? text) => new(text);

    public static FieldText Of(CompactText compact) => new(compact);

    /// <summary>The text's characters: the string's own, or decoded into <paramref name="buffer"/> (grown when too small).</summary>
    public ReadOnlySpan<char> Read(ref char[] buffer)
    {
        if (!_isCompact) return _text;
        var length = _compact.Length;
        if (buffer.Length < length) buffer = new char[Math.Max(length, buffer.Length * 2)];
        return buffer.AsSpan(0, _compact.CopyTo(buffer));
    }

    public override string? ToString() => _isCompact ? _compact.ToString() : _text;
}
