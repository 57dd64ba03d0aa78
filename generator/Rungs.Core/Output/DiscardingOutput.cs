namespace Rungs.Output;

/// <summary>Drops every file: `rungs check` renders the whole site to find template problems but writes nothing.</summary>
public sealed class DiscardingOutput : IOutputSink
{
    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
    }
}
