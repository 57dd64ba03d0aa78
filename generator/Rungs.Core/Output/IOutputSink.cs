namespace Rungs.Output;

/// <summary>Where the render stage puts each file as soon as it is made, so a large site is never held in memory whole. Thread-safe.</summary>
public interface IOutputSink
{
    /// <summary>Takes one file. <paramref name="bytes"/> is valid only during the call: renderers reuse their buffers page after page.</summary>
    void Add(string path, ReadOnlySpan<byte> bytes);
}
