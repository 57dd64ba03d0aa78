using Rungs.Tests.Support;

namespace Rungs.Tests.Status;

/// <summary>`rungs serve --drafts` previews a draft saved while it runs, with its banner and noindex.</summary>
public sealed class ServeDraftsTests
{
    [Fact]
    public async Task A_draft_saved_while_serving_with_drafts_is_served_with_its_banner()
    {
        using var serve = new ServeProcess(ServeStart.Direct, "--drafts");
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };

        serve.Save("series/customer-service/customer-service-lead.md",
            StatusSites.Class("Customer Service Lead", "4899", 4, "status: draft"));

        await serve.WaitForPageAsync(http, "series/customer-service/customer-service-lead/", "Draft — not in force");
        Assert.Contains("""<meta name="robots" content="noindex">""", await http.GetStringAsync("series/customer-service/customer-service-lead/"));
    }
}
