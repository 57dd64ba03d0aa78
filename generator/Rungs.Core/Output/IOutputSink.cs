namespace Rungs.Output;

/// <summary>Where the render stage puts each file as soon as it is made, so a large site is never held in memory whole. Thread-safe.</summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
