namespace Rungs.Tests.Support;

/// <summary>The dev server's event stream, read as a browser's EventSource would.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(HttpClient http)
    {
        var response = await http.GetAsync("__rungs/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event (of the given name, skipping others), within <see cref="ServeProcess.Wait"/>.</summary>
    public async Task<(string Name, string Data)> NextAsync(string? name = null)
    {
        using var timeout = new CancellationTokenSource(ServeProcess.Wait);
        string? eventName = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new Xunit.Sdk.XunitException("the event stream closed");
            if (line.StartsWith("event: ", StringComparison.Ordinal)) eventName = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName is not null)
            {
                if (name is null || eventName == name) return (eventName, line["data: ".Length..]);
                eventName = null;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
