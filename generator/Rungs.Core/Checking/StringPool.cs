using System.Collections.Concurrent;

namespace Rungs.Checking;

/// <summary>
/// One shared copy of each string, looked up by its characters so that a string already pooled costs no allocation.
/// Pages repeat the same links and ids thousands of times (the header, the stylesheet, `main`). Thread-safe.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var existing)) return existing;
        var text = value.ToString();
        return _strings.GetOrAdd(text, text);
    }
}
