using System.Collections.Concurrent;

namespace Rungs.Content;

/// <summary>
/// One shared copy of each string, looked up by its characters so that a string already pooled costs no allocation.
/// Texts repeat by the thousand: pages' links and ids (the header, the stylesheet, `main`), and the duties classes of a
/// series share word for word. Thread-safe.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled copy of <paramref name="value"/>, made (once) only if the pool has none.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return "";
        if (_lookup.TryGetValue(value, out var existing)) return existing;
        var text = value.ToString();
        return _strings.GetOrAdd(text, text);
    }

    /// <summary>The pooled copy of a string already made.</summary>
    public string Get(string value) => value.Length == 0 ? "" : _strings.GetOrAdd(value, value);
}
