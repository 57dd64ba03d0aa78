using System.Collections.Concurrent;

namespace Rungs.Output;

/// <summary>Keeps every file in memory (tests, `rungs check`, the dev server); <see cref="Files"/> lists them in path order.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentBag<OutputFile> _files = [];

    // The caller's bytes are its reused buffer: keep a copy.
    public void Add(string path, ReadOnlySpan<byte> bytes) => _files.Add(new OutputFile(path, bytes.ToArray()));

    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
