using Microsoft.Extensions.Hosting;

namespace Rungs.Cli.Serving;

/// <summary>
/// The web host's lifetime for `rungs serve`: it neither listens for Ctrl+C nor prints anything. The serve command owns the
/// signals (<see cref="StopSignals"/>) and stops the server itself; the default console lifetime would swallow them and stop
/// only Kestrel, leaving the command running.
/// </summary>
public sealed class ManualHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
