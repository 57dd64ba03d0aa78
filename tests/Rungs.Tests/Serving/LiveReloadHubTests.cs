using System.Text;
using System.Threading.Channels;
using Rungs.Cli.Serving;
using Rungs.Diagnostics;

namespace Rungs.Tests.Serving;

/// <summary>
/// The live-reload hub as code: each open tab is a stream of server-sent events. A tab is told the current state when it
/// connects (and again when it reconnects), every tab hears every event, a tab that leaves is forgotten, and closing the
/// hub ends every stream so the server can stop.
/// </summary>
public sealed class LiveReloadHubTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_tab_that_connects_is_told_the_current_state_first()
    {
        var hub = new LiveReloadHub();
        await using var tab = Tab.Open(hub);

        Assert.Equal(("ok", "{}"), await tab.NextAsync());
        Assert.Equal(1, hub.Listeners);
    }

    [Fact]
    public async Task Every_tab_hears_a_reload_with_the_changed_paths()
    {
        var hub = new LiveReloadHub();
        var tabs = Enumerable.Range(0, 20).Select(_ => Tab.Open(hub)).ToList();
        foreach (var tab in tabs) await tab.NextAsync();
        await WaitForListeners(hub, 20);

        hub.Reload(["index.html", "series/cs/index.html"]);

        foreach (var tab in tabs)
            Assert.Equal(("reload", """{"paths":["index.html","series/cs/index.html"]}"""), await tab.NextAsync());
        foreach (var tab in tabs) await tab.DisposeAsync();
    }

    [Fact]
    public async Task Errors_are_the_state_until_ok_and_a_tab_that_reconnects_sees_them()
    {
        var hub = new LiveReloadHub();
        var error = new Diagnostic(Severity.Error, "RUNGS012", "no KSA has the slug `gramar`", new SourcePosition("content/x.md", 9, 9), "did you mean `grammar`?");
        await using (var first = Tab.Open(hub))
        {
            await first.NextAsync();
            hub.Errors([error]);
            var (name, data) = await first.NextAsync();
            Assert.Equal("errors", name);
            Assert.Contains("\"code\":\"RUNGS012\"", data);
            Assert.Contains("\"file\":\"content/x.md\",\"line\":9,\"column\":9", data);
            Assert.Contains("\"hint\":\"did you mean ", data);
        }

        await WaitForListeners(hub, 0);
        await using var again = Tab.Open(hub);
        Assert.Equal("errors", (await again.NextAsync()).Name);

        hub.Ok();
        hub.Ok(); // already ok: told once
        hub.Reload(["index.html"]);
        Assert.Equal("ok", (await again.NextAsync()).Name);
        Assert.Equal("reload", (await again.NextAsync()).Name);
    }

    [Fact]
    public async Task Closing_the_hub_ends_every_stream_and_any_that_connects_later()
    {
        var hub = new LiveReloadHub();
        var tabs = Enumerable.Range(0, 3).Select(_ => Tab.Open(hub)).ToList();
        await WaitForListeners(hub, 3);

        hub.Close();

        foreach (var tab in tabs) await tab.Listening.WaitAsync(Wait);
        var late = Tab.Open(hub);
        await late.Listening.WaitAsync(Wait);
        Assert.Equal("ok", (await late.NextAsync()).Name); // told the state, then ended
        Assert.Equal(0, hub.Listeners);
    }

    [Fact]
    public async Task A_tab_whose_connection_breaks_is_forgotten()
    {
        var hub = new LiveReloadHub();
        var tab = Tab.Open(hub, failWrites: true);

        await tab.Listening.WaitAsync(Wait);

        Assert.Equal(0, hub.Listeners);
    }

    private static async Task WaitForListeners(LiveReloadHub hub, int count)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (hub.Listeners != count) await Task.Delay(10, timeout.Token);
    }

    /// <summary>One tab's connection: what the hub writes arrives as events, as a browser's EventSource reads them.</summary>
    private sealed class Tab : Stream, IAsyncDisposable
    {
        private readonly Channel<string> _written = Channel.CreateUnbounded<string>();
        private readonly CancellationTokenSource _closed = new();
        private readonly bool _failWrites;

        private Tab(bool failWrites) => _failWrites = failWrites;

        /// <summary>The hub's Listen call for this tab; it completes when the stream ends.</summary>
        public Task Listening { get; private set; } = Task.CompletedTask;

        public static Tab Open(LiveReloadHub hub, bool failWrites = false)
        {
            var tab = new Tab(failWrites);
            tab.Listening = hub.Listen(tab, () => Task.CompletedTask, tab._closed.Token);
            return tab;
        }

        public async Task<(string Name, string Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(Wait);
            var text = await _written.Reader.ReadAsync(timeout.Token);
            var lines = text.Split('\n');
            return (lines[0]["event: ".Length..], lines[1]["data: ".Length..]);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_failWrites) throw new IOException("the tab went away");
            _written.Writer.TryWrite(Encoding.UTF8.GetString(buffer.Span));
            return ValueTask.CompletedTask;
        }

        public override async ValueTask DisposeAsync()
        {
            await _closed.CancelAsync();
            await Listening.WaitAsync(Wait);
            _closed.Dispose();
            await base.DisposeAsync();
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
    }
}
