using System.Net;
using System.Net.Sockets;
using System.Text;
using Rungs.Cli.Serving;
using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Serving;

/// <summary>
/// The dev server as code, in this process, on files held in a dictionary: clean addresses, the site's 404 page, content
/// types, the live-reload script on every page, the event stream, the Host check, and stopping with tabs still open.
/// </summary>
public sealed class DevServerTests
{
    private static readonly Dictionary<string, OutputFile> Site = new[]
    {
        File("index.html", "<html><body><h1>Home</h1></body></html>"),
        File("series/cs/index.html", "<html><body>Series</body></html>"),
        File("assets/site.css", "body{}"),
        File("career-map/map.svg", "<svg></svg>"),
        File("classes.bin", "\u0001"),
        File("fragment.html", "<p>no body element</p>"),
    }.ToDictionary(f => f.Path);

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static async Task<(DevServer Server, HttpClient Http)> Start(Dictionary<string, OutputFile> site, LiveReloadHub? hub = null, string[]? hosts = null)
    {
        var server = await DevServer.StartAsync(0, site.GetValueOrDefault, hub ?? new LiveReloadHub(), hosts);
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = ServeProcess.Wait };
        return (server, http);
    }

    [Fact]
    public async Task Pages_are_served_at_their_clean_address_with_the_live_reload_script()
    {
        var (server, http) = await Start(Site);
        await using var _ = server;
        using var __ = http;

        Assert.StartsWith("http://127.0.0.1:", server.Address.ToString());
        Assert.Equal("<html><body><h1>Home</h1><script src=\"/__rungs/live-reload.js\"></script></body></html>", await http.GetStringAsync(""));
        Assert.Contains("Series<script", await http.GetStringAsync("series/cs/"));
        Assert.EndsWith("</p><script src=\"/__rungs/live-reload.js\"></script>", await http.GetStringAsync("fragment.html"));
        var moved = await http.GetAsync("series/cs?q=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/series/cs/?q=1", moved.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    [InlineData("career-map/map.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("classes.bin", "application/octet-stream")]
    [InlineData("__rungs/live-reload.js", "text/javascript; charset=utf-8")]
    public async Task Each_file_has_its_content_type_and_nothing_is_cached(string path, string type)
    {
        var (server, http) = await Start(Site);
        await using var _ = server;
        using var __ = http;

        var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Missing_pages_get_the_sites_404_page_or_a_plain_note_before_there_is_one()
    {
        var withPage = new Dictionary<string, OutputFile>(Site) { ["404.html"] = File("404.html", "<html><body>Lost</body></html>") };
        var (server, http) = await Start(withPage);
        await using (server)
        using (http)
        {
            var missing = await http.GetAsync("no/such/page/");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("Lost", await missing.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("favicon.ico")).StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.PostAsync("", new StringContent(""))).StatusCode);
        }

        (server, http) = await Start([]);
        await using (server)
        using (http)
        {
            var early = await http.GetAsync("");
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
            Assert.Contains("see the terminal", await early.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Other_host_names_are_refused_unless_given()
    {
        var (server, http) = await Start(Site, hosts: ["specs.test"]);
        await using var _ = server;
        using var __ = http;

        foreach (var (host, status) in new[] { ("specs.test", HttpStatusCode.OK), ("rebind.example", HttpStatusCode.Forbidden) })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "") { Headers = { Host = $"{host}:{server.Address.Port}" } };
            Assert.Equal(status, (await http.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task Stopping_ends_the_open_event_streams_at_once()
    {
        var hub = new LiveReloadHub();
        var (server, http) = await Start(Site, hub);
        using var _ = http;
        var tabs = new List<EventStream>();
        for (var i = 0; i < 3; i++) tabs.Add(await EventStream.OpenAsync(http));
        foreach (var tab in tabs) Assert.Equal("ok", (await tab.NextAsync()).Name);
        hub.Reload(["index.html"]);
        foreach (var tab in tabs) Assert.Equal("reload", (await tab.NextAsync()).Name);

        await server.DisposeAsync().AsTask().WaitAsync(ServeProcess.Wait);

        foreach (var tab in tabs)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => tab.NextAsync()); // the stream ended
            await tab.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_port_in_use_is_an_IO_error()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        await Assert.ThrowsAnyAsync<IOException>(() => DevServer.StartAsync(((IPEndPoint)listener.LocalEndpoint).Port, _ => null, new LiveReloadHub()));
    }
}
