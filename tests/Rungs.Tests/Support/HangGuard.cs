using System.Diagnostics;

namespace Rungs.Tests.Support;

/// <summary>
/// Fails a test that would otherwise hang, instead of letting it block the whole run. It is not a speed assertion: the
/// limit is generous on purpose (a busy two-core machine must never trip it), so no test says how fast anything is.
/// </summary>
public static class HangGuard
{
    /// <summary>Far beyond anything a guarded piece of work needs, even on a loaded machine: only a hang gets there.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and returns its result, or fails the test naming
    /// <paramref name="what"/> when it runs past <see cref="Limit"/>. The abandoned work's token is then cancelled, so work
    /// that checks it between its steps stops instead of running on beside the tests that follow.
    /// </summary>
    public static T Run<T>(string what, Func<CancellationToken, T> work)
    {
        using var cancel = new CancellationTokenSource();
        var task = Task.Run(() => work(cancel.Token), CancellationToken.None);
        // WaitAny, not Wait: a failure inside the work then surfaces as itself below, not wrapped in an AggregateException.
        if (Task.WaitAny([task], Limit) < 0)
        {
            cancel.Cancel();
            Assert.Fail($"{what} did not finish within {Limit.TotalMinutes} minutes: it hangs (a hang guard, not a speed limit)");
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>Waits for a child process to end, or kills it (with its children) and fails the test naming <paramref name="what"/>.</summary>
    public static void WaitForExit(Process process, string what)
    {
        if (process.WaitForExit(Limit)) return;
        process.Kill(entireProcessTree: true);
        Assert.Fail($"{what} did not finish within {Limit.TotalMinutes} minutes: it hangs (a hang guard, not a speed limit)");
    }
}
