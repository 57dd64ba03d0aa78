using System.Diagnostics;

namespace Rungs.Diagnostics;

/// <summary>Times named steps of a build, in the order they ran, for `--timings` and the benchmark.</summary>
public sealed class StageClock(Action<string>? starting = null)
{
    private readonly List<StageTiming> _timings = [];

    /// <summary>Told each stage's name as it starts, for a progress display; none by default.</summary>
    private readonly Action<string>? _starting = starting;

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run)
    {
        _starting?.Invoke(stage);
        var allocated = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var result = run();
        // All threads' allocations, work alongside included: garbage is what the collector's pauses grow with.
        _timings.Add(new StageTiming(stage, watch.Elapsed, GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }

    /// <summary>Records a time measured elsewhere, e.g. a step's time summed over the threads that ran it.</summary>
    public void Record(string stage, TimeSpan elapsed) => _timings.Add(new StageTiming(stage, elapsed));

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });
}
