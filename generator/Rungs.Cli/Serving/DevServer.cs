using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rungs.Output;

namespace Rungs.Cli.Serving;

/// <summary>
/// Serves the site from memory on 127.0.0.1 with Kestrel: clean URLs (`/series/x/` → `series/x/index.html`), the site's
/// 404 page for anything missing, no caching, and a live-reload script added to every page. Dev-server endpoints live
/// under `/__rungs/`.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private const string ScriptTag = "<script src=\"/__rungs/live-reload.js\"></script>";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] LiveReloadScript = ReadScript();

    private readonly WebApplication _app;
    private readonly Func<string, OutputFile?> _find;
    private readonly LiveReloadHub _hub;
    private HostCheck _hosts = new(0, []); // until the port is known: nothing is served before then

    private DevServer(WebApplication app, Func<string, OutputFile?> find, LiveReloadHub hub)
    {
        _app = app;
        _find = find;
        _hub = hub;
    }

    /// <summary>The address the server listens on, e.g. `http://127.0.0.1:4000/`.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts listening on 127.0.0.1 (port 0: any free port).</summary>
    /// <param name="find">Looks up a file of the current site by output path.</param>
    /// <param name="extraHosts">Host names answered besides the local ones (--host); see <see cref="HostCheck"/>.</param>
    public static async Task<DevServer> StartAsync(int port, Func<string, OutputFile?> find, LiveReloadHub hub, IReadOnlyList<string>? extraHosts = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, ManualHostLifetime>();
        // Requests still running when the server stops are cut after this; event streams end at once (LiveReloadHub.Close).
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new DevServer(app, find, hub);
        app.Run(server.Handle);
        await app.StartAsync();
        var address = app.Urls.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        server._hosts = new HostCheck(server.Address.Port, extraHosts ?? []);
        return server;
    }

    private async Task Handle(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!_hosts.Allows(context.Request.Host.Value))
        {
            response.Headers.XContentTypeOptions = "nosniff";
            await Send(response, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(
                $"rungs serve answers only to localhost, 127.0.0.1 and [::1] on port {Address.Port}; "
                + "to open the preview under another name, start it with --host NAME.\n"));
            return;
        }

        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (context.Request.Method is not ("GET" or "HEAD"))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        switch (path)
        {
            case "/__rungs/events":
                response.ContentType = "text/event-stream";
                response.Headers["X-Accel-Buffering"] = "no";
                await response.Body.FlushAsync(context.RequestAborted);
                await _hub.Listen(response.Body, () => response.Body.FlushAsync(context.RequestAborted), context.RequestAborted);
                return;
            case "/__rungs/live-reload.js":
                await Send(response, 200, "text/javascript; charset=utf-8", LiveReloadScript);
                return;
        }

        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (_find(relative) is { } file)
        {
            await SendFile(response, 200, file);
            return;
        }

        // `/series/x` → `/series/x/`, as Netlify and most servers do, so relative links on the page resolve.
        if (!relative.EndsWith("index.html", StringComparison.Ordinal) && _find(relative + "/index.html") is not null)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + context.Request.QueryString;
            return;
        }

        // Browsers ask for /favicon.ico whatever the page says; a site without one should not fill the console with 404s.
        if (relative == "favicon.ico")
        {
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (_find(Content.SiteUrls.NotFound) is { } notFound) await SendFile(response, 404, notFound);
        else await Send(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found. The site is still being built, or has errors: see the terminal.\n"));
    }

    private static Task SendFile(HttpResponse response, int status, OutputFile file)
    {
        var type = ContentTypes.TryGetContentType(file.Path, out var known) ? known : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml")
            type += "; charset=utf-8";
        var bytes = file.Path.EndsWith(".html", StringComparison.Ordinal) ? WithLiveReload(file.Bytes) : file.Bytes;
        return Send(response, status, type, bytes);
    }

    private static async Task Send(HttpResponse response, int status, string contentType, byte[] bytes)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    /// <summary>Adds the live-reload script before `&lt;/body&gt;` (or at the end): an external script, so the page's CSP still holds.</summary>
    public static byte[] WithLiveReload(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + ScriptTag : text.Insert(at, ScriptTag));
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(DevServer).Assembly.GetManifestResourceStream("live-reload.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        _hub.Close();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
