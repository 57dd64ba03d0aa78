using System.Net;
using System.Net.Sockets;
using Rungs.Tests.Support;

namespace Rungs.Tests.Serving;

/// <summary>
/// `rungs serve` says "press Ctrl+C to stop", so it stops: on SIGINT (Ctrl+C) and SIGTERM (a service manager, `kill`), in a
/// terminal or as a shell's background job, with a browser tab still listening for reloads, exit code 0 and the port free.
/// The server is only ever killed as cleanup, after an assertion has already failed.
/// </summary>
public sealed class ServeStopTests
{
    /// <summary>A hang guard, not a speed target: a server that ignores the signal fails here instead of hanging the run.</summary>
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("INT", false)]
    [InlineData("TERM", false)]
    [InlineData("INT", true)]
    [InlineData("TERM", true)]
    public async Task A_signal_stops_the_server_with_exit_code_0_and_frees_its_port(string signal, bool inBackground)
    {
        using var serve = new ServeProcess(inBackground);
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };
        await using var tab = await EventStream.OpenAsync(http); // an open tab holds a request that never ends by itself
        await tab.NextAsync("ok");

        serve.Signal(signal);

        var exit = serve.WaitForExit(StopLimit);
        Assert.True(exit is not null, $"rungs serve still ran {StopLimit.TotalSeconds} s after SIG{signal}. Output:\n{serve.Output}");
        Assert.Equal(0, exit);
        using var again = new TcpListener(IPAddress.Loopback, serve.Address.Port);
        again.Start(); // throws if the port is still bound
    }
}
