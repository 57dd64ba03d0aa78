using System.Net;
using System.Net.Sockets;
using Rungs.Tests.Support;

namespace Rungs.Tests.Serving;

/// <summary>
/// `rungs serve` says "press Ctrl+C to stop", so it stops: on Ctrl+C typed at its terminal, on SIGINT and SIGTERM (`kill`, a
/// service manager), started directly, at a terminal or as a shell's background job, with a browser tab still listening for reloads, exit code 0 and the port free.
/// The server is only ever killed as cleanup, after an assertion has already failed.
/// </summary>
public sealed class ServeStopTests
{
    /// <summary>A hang guard, not a speed target: a server that ignores the signal fails here instead of hanging the run.</summary>
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("INT", ServeStart.Direct)]
    [InlineData("TERM", ServeStart.Direct)]
    [InlineData("INT", ServeStart.Background)]
    [InlineData("TERM", ServeStart.Background)]
    [InlineData("TERM", ServeStart.Terminal)]
    public async Task A_signal_stops_the_server_with_exit_code_0_and_frees_its_port(string signal, ServeStart start)
    {
        using var serve = new ServeProcess(start);
        await using var tab = await OpenTab(serve);

        serve.Signal(signal);

        AssertStopped(serve, "SIG" + signal);
    }

    [Fact]
    public async Task Ctrl_C_typed_at_its_terminal_stops_the_server_with_exit_code_0_and_frees_its_port()
    {
        using var serve = new ServeProcess(ServeStart.Terminal);
        await using var tab = await OpenTab(serve);

        serve.TypeCtrlC();

        AssertStopped(serve, "Ctrl+C");
    }

    /// <summary>An open tab: a request that never ends by itself, which the server must end to stop.</summary>
    private static async Task<EventStream> OpenTab(ServeProcess serve)
    {
        var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };
        var tab = await EventStream.OpenAsync(http);
        await tab.NextAsync("ok");
        return tab;
    }

    private static void AssertStopped(ServeProcess serve, string what)
    {
        var exit = serve.WaitForExit(StopLimit);
        Assert.True(exit is not null, $"rungs serve still ran {StopLimit.TotalSeconds} s after {what}. Output:\n{serve.Output}");
        Assert.Equal(0, exit);
        using var again = new TcpListener(IPAddress.Loopback, serve.Address.Port);
        again.Start(); // throws if the port is still bound
    }
}
