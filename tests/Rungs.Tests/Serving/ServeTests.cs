using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Rungs.Tests.Support;

namespace Rungs.Tests.Serving;

/// <summary>
/// `rungs serve` end to end, as a child process on a copy of the sample site: it serves the site, rebuilds when a file is
/// saved, tells open tabs to reload the pages that changed, and reports content errors without ever stopping.
/// </summary>
public sealed class ServeTests
{
    private const string ClassFile = "series/customer-service/customer-service-assistant.md";
    private const string ClassPage = "series/customer-service/customer-service-assistant/";

    [Fact]
    public async Task Saving_a_class_file_serves_the_new_text_and_sends_a_reload_event_for_its_page()
    {
        using var serve = new ServeProcess();
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };
        var before = await http.GetStringAsync(ClassPage);
        Assert.Contains("<script src=\"/__rungs/live-reload.js\"></script></body>", before);
        Assert.DoesNotContain("Brand-new duty sentence", before);
        await using var events = await EventStream.OpenAsync(http);
        Assert.Equal("ok", (await events.NextAsync()).Name); // a tab is told the current state when it connects

        serve.Save(ClassFile, serve.Read(ClassFile) + "\nBrand-new duty sentence for the live-reload test.\n");

        var reload = await events.NextAsync("reload");
        Assert.Contains("\"series/customer-service/customer-service-assistant/index.html\"", reload.Data);
        Assert.Contains("Brand-new duty sentence", await http.GetStringAsync(ClassPage));
        serve.WaitForOutput(new Regex(@"customer-service-assistant\.md changed: rebuilt .*: \d+ pages? rendered, \d+ files? changed, in \d+ ms"));
        serve.WaitForOutput(new Regex(@"then site pages, search index and site files: .* in \d+ ms"));
    }

    [Fact]
    public async Task Broken_content_is_reported_to_tabs_and_the_terminal_while_the_last_good_site_stays_served()
    {
        using var serve = new ServeProcess();
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };
        await using var events = await EventStream.OpenAsync(http);
        await events.NextAsync("ok");
        var good = serve.Read(ClassFile);

        serve.Save(ClassFile, good.Replace("level: 1", "level: one", StringComparison.Ordinal));

        var errors = await events.NextAsync("errors");
        Assert.Contains("\"file\":\"content/series/customer-service/customer-service-assistant.md\"", errors.Data);
        Assert.Matches("\"line\":[1-9]", errors.Data);
        serve.WaitForOutput(new Regex(@"content/series/customer-service/customer-service-assistant\.md\(\d+,\d+\): error RUNGS\d+"));
        serve.WaitForOutput(new Regex("still serving the last good build"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(ClassPage)).StatusCode);

        serve.Save(ClassFile, good);
        await events.NextAsync("ok");
    }

    [Fact]
    public async Task Clean_addresses_missing_pages_and_the_dev_endpoints_answer_as_a_host_would()
    {
        using var serve = new ServeProcess();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };

        var folder = await http.GetAsync(ClassPage.TrimEnd('/'));
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/" + ClassPage, folder.Headers.Location!.OriginalString);
        var missing = await http.GetAsync("no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // The site's own 404 page (themes/default/layouts/404.html), not a server's bare "not found".
        var notFound = Html.TextOf(await missing.Content.ReadAsStringAsync());
        Assert.Contains("Page not found There is no page at this address. The class may have been renamed or removed.", notFound);
        var script = await http.GetAsync("__rungs/live-reload.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        var css = await http.GetAsync("assets/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", css.Headers.CacheControl!.ToString());
    }

    [Fact]
    public void A_port_in_use_is_reported_plainly()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var run = RungsCli.Exec(Repo.Root, null, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--content", Repo.Content);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot serve on 127.0.0.1:{port}", run.Stderr);
        Assert.Contains("--port 0", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void A_missing_content_folder_is_reported_with_its_rule_and_nothing_is_served()
    {
        using var dir = new TempDirectory();

        var run = RungsCli.Exec(dir.Path, null, "serve", "--port", "0", "--content", "no-such-folder");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-folder(1,1): error RUNGS016: the content folder does not exist", run.Stderr);
        Assert.DoesNotContain("Serving", run.Stdout);
    }
}
