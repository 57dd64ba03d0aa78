using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Rungs.Cli.Serving;

/// <summary>
/// Tells every open tab what happened, as server-sent events: `reload` (with the output paths that changed), `errors`
/// (the current diagnostics, for the overlay) and `ok` (the errors are fixed). A tab that connects is told the current state.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private string _state = Event("ok", "{}");
    private bool _closed;

    /// <summary>How many tabs are listening.</summary>
    public int Listeners
    {
        get
        {
            lock (_gate) return _listeners.Count;
        }
    }

    public void Reload(IReadOnlyList<string> changedPaths) => Broadcast(Event("reload", JsonSerializer.Serialize(new { paths = changedPaths })));

    public void Errors(IEnumerable<Rungs.Diagnostics.Diagnostic> diagnostics)
    {
        var data = JsonSerializer.Serialize(new
        {
            errors = diagnostics.Select(d => new
            {
                severity = d.Severity.ToString().ToLowerInvariant(),
                code = d.Code,
                file = d.Position.Path,
                line = d.Position.Line,
                column = d.Position.Column,
                message = d.Message,
                hint = d.Hint,
            }),
        });
        lock (_gate) _state = Event("errors", data);
        Broadcast(_state);
    }

    public void Ok()
    {
        lock (_gate)
        {
            if (_state.StartsWith("event: ok", StringComparison.Ordinal)) return;
            _state = Event("ok", "{}");
        }

        Broadcast(_state);
    }

    /// <summary>
    /// Ends every tab's stream, and any that connects later, so the server can stop: a stream never ends by itself, and
    /// Kestrel waits for open requests before it stops. The tabs' scripts reconnect to the next server.
    /// </summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var listener in _listeners) listener.Writer.TryComplete();
        }
    }

    /// <summary>Streams events to one tab until it disconnects or the hub is closed.</summary>
    public async Task Listen(Stream response, Func<Task> flush, CancellationToken closed)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(_state);
            if (_closed) channel.Writer.TryComplete();
        }

        try
        {
            while (!closed.IsCancellationRequested)
            {
                // A comment line every 15 s keeps proxies and the browser from closing an idle stream.
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(closed);
                idle.CancelAfter(TimeSpan.FromSeconds(15));
                string message;
                try
                {
                    message = await channel.Reader.ReadAsync(idle.Token);
                }
                catch (OperationCanceledException) when (!closed.IsCancellationRequested)
                {
                    message = ": keep-alive\n\n";
                }

                await response.WriteAsync(Encoding.UTF8.GetBytes(message), closed);
                await flush();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ChannelClosedException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            lock (_gate) _listeners.Remove(channel);
        }
    }

    private void Broadcast(string message)
    {
        lock (_gate)
            foreach (var listener in _listeners) listener.Writer.TryWrite(message);
    }

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
