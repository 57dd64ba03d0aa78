using System.Net;
using Rungs.Tests.Support;

namespace Rungs.Tests.Serving;

/// <summary>
/// What other web sites and crafted requests can get from `rungs serve` (docs/security.md, "Dev server"). DNS rebinding: a
/// page on another site can point its own name at 127.0.0.1 and read whatever answers there, but the browser still sends
/// that name as the Host header, so only the local names on the server's own port (and names given with --host) are
/// answered: anything else gets a 403 with a short plain message, on every path, the event stream too. And no request
/// path reaches a file outside the built site.
/// </summary>
public sealed class ServeSafetyTests
{
    [Fact]
    public async Task Only_local_names_on_the_servers_port_are_answered_on_every_path()
    {
        using var serve = new ServeProcess();
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };
        var port = serve.Address.Port;

        foreach (var host in new[] { $"localhost:{port}", $"127.0.0.1:{port}", $"[::1]:{port}", $"LOCALHOST:{port}" })
            Assert.Equal(HttpStatusCode.OK, (await Get(http, "", host)).StatusCode);

        foreach (var host in new[] { $"rebind.example:{port}", "localhost", $"localhost:{port + 1}", $"127.0.0.2:{port}", $"localhost.example:{port}" })
        foreach (var path in new[] { "", "series/", "assets/site.css", "__rungs/live-reload.js", "__rungs/events", "no/such/page" })
        {
            using var refused = await Get(http, path, host);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"Host `{host}`, path /{path}: {refused.StatusCode}");
            Assert.Equal("text/plain", refused.Content.Headers.ContentType!.MediaType);
            Assert.Contains("--host", await refused.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_name_given_with_host_is_answered_too()
    {
        using var serve = new ServeProcess(options: ["--host", "specs.test"]);
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };
        var port = serve.Address.Port;

        Assert.Equal(HttpStatusCode.OK, (await Get(http, "", $"specs.test:{port}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(http, "", $"localhost:{port}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get(http, "", $"rebind.example:{port}")).StatusCode);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("http://specs.test/")]
    [InlineData("")]
    public void A_host_that_is_not_a_host_name_is_a_usage_error(string host)
    {
        var run = RungsCli.Exec(Repo.Root, null, "serve", "--port", "0", "--host", host, "--content", Repo.Content);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--host", run.Stderr);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/series/..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("//etc/passwd")]
    public async Task A_path_that_climbs_out_of_the_site_reaches_no_file_on_disk(string path)
    {
        using var serve = new ServeProcess();

        var response = await RawGet(serve.Address, path);

        Assert.DoesNotContain("root:", response);
        Assert.Matches(@"^HTTP/1\.1 (400|404) ", response);
    }

    /// <summary>A request sent byte for byte, since HttpClient would tidy the `..` away before sending it.</summary>
    private static async Task<string> RawGet(Uri server, string path)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        using var timeout = new CancellationTokenSource(ServeProcess.Wait);
        return await reader.ReadToEndAsync(timeout.Token);
    }

    private static Task<HttpResponseMessage> Get(HttpClient http, string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
