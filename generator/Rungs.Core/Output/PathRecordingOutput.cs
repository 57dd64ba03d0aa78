using System.Collections.Concurrent;

namespace Rungs.Output;

/// <summary>Passes every file on to another output and remembers its path, for the link check (a link must lead to a file the build writes).</summary>
public sealed class PathRecordingOutput(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentBag<string> _paths = [];

    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        _paths.Add(path);
        inner.Add(path, bytes);
    }

    /// <summary>Every path added so far.</summary>
    public IReadOnlySet<string> Paths() => _paths.ToHashSet(StringComparer.Ordinal);
}
