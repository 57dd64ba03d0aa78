using System.Runtime.InteropServices;

namespace Rungs.Cli.Serving;

/// <summary>
/// Turns SIGINT (Ctrl+C) and SIGTERM (`kill`, a service manager) into a cancellation, so `rungs serve` stops its server and
/// exits 0 instead of being ended mid-write. Created by the serve command itself: the web host's own console lifetime is
/// switched off (<see cref="ManualHostLifetime"/>), since it would take the signals and stop only Kestrel.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    public StopSignals()
    {
        // A non-interactive shell starts `rungs serve &` with SIGINT ignored, and .NET leaves an ignored SIGINT ignored;
        // `kill -INT` must still stop a server started by a script, so the default comes back first (as Go's signal.Notify does).
        if (!OperatingSystem.IsWindows()) RestoreDefault(SigInt);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            _registrations.Add(PosixSignalRegistration.Create(signal, Stop));
    }

    /// <summary>Cancelled when a stop signal arrives.</summary>
    public CancellationToken Token => _stop.Token;

    private void Stop(PosixSignalContext context)
    {
        // The command stops on its own, with exit code 0; without this the runtime would end the process at once.
        context.Cancel = true;
        _stop.Cancel();
    }

    private const int SigInt = 2;

    private static void RestoreDefault(int signal) => Signal(signal, IntPtr.Zero); // SIG_DFL

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signal, IntPtr handler);

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
