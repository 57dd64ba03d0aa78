using Microsoft.Playwright;
using Rungs.Tests.Support;

namespace Rungs.Tests.Browser;

/// <summary>
/// The sample site written to a temp folder and one headless Debian Chromium, started once for all browser tests.
/// Playwright drives the system browser: nothing is downloaded, so the browser must be installed (`.ci/run` does it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built sample site (created once the browser is known to be there).</summary>
    public TempDirectory Site { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The file:// address of a page of the built site, as a reader opening it from disk would use.</summary>
    public string Url(string path, string query = "") => new Uri(Site.Combine(path.Split('/'))).AbsoluteUri + query;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {Chromium}. `.ci/run` installs it before `dotnet test` "
                + "(apt-get update && apt-get install -y chromium); install it the same way to run these tests locally.");
        }

        Site = new TempDirectory();
        var build = SampleContent.Result;
        Assert.False(build.HasErrors, string.Join("\n", build.Diagnostics));
        foreach (var file in build.Files) Site.WriteBytes(file.Path, file.Bytes);

        Assertions.SetDefaultExpectTimeout(20_000); // Expect(...) has its own timeout, 5 s by default
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            Timeout = 20_000,
        });
    }

    /// <summary>A fresh page that records script errors and console errors, so a test can assert there were none.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string url)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        page.SetDefaultTimeout(20_000); // generous for a busy CI machine; a passing test takes well under a second
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add("page error: " + message);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add("console: " + message.Text);
        };
        await page.GotoAsync(url);
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Site?.Dispose();
    }
}
