using System.Collections.Concurrent;

namespace Rungs.Output;

/// <summary>Keeps every file in memory (tests, `rungs check`, the dev server); <see cref="Files"/> lists them in path order.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentBag<OutputFile> _files = [];

    public void Add(OutputFile file) => _files.Add(file);

    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
