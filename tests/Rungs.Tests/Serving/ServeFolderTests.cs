using System.Net;
using System.Text.RegularExpressions;
using Rungs.Tests.Support;

namespace Rungs.Tests.Serving;

/// <summary>
/// The content folder itself can go away while `rungs serve` runs: swapped for another (`mv content content.old &amp;&amp;
/// mv content.new content`, as a checkout or a sync tool does) or deleted and made again. The server says so in the
/// terminal, keeps serving the last build meanwhile, and then serves and watches the folder that is there now.
/// </summary>
public sealed class ServeFolderTests
{
    private const string ClassFile = "series/customer-service/customer-service-assistant.md";
    private const string ClassPage = "series/customer-service/customer-service-assistant/";

    [Fact]
    public async Task A_content_folder_swapped_for_another_is_served_and_watched()
    {
        using var serve = new ServeProcess();
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };
        var replacement = serve.Folder.Combine("content.new");
        ServeProcess.CopyFolder(serve.Content, replacement);
        AppendTo(Path.Combine(replacement, ClassFile), "Text from the replacement folder.");

        Directory.Move(serve.Content, serve.Folder.Combine("content.old"));
        Directory.Move(replacement, serve.Content);

        serve.WaitForOutput(new Regex(@"content was replaced|content is back"));
        await serve.WaitForPageAsync(http, ClassPage, "Text from the replacement folder.");
        // The new folder is watched, not the old one it replaced.
        AppendTo(serve.Folder.Combine("content.old", ClassFile), "Edited in the old folder.");
        AppendTo(Path.Combine(serve.Content, ClassFile), "Edited in the new folder.");
        await serve.WaitForPageAsync(http, ClassPage, "Edited in the new folder.");
        Assert.DoesNotContain("Edited in the old folder.", await http.GetStringAsync(ClassPage));
    }

    [Fact]
    public async Task A_content_folder_deleted_and_made_again_is_reported_then_served_and_watched_again()
    {
        using var serve = new ServeProcess();
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = ServeProcess.Wait };

        Directory.Delete(serve.Content, recursive: true);

        serve.WaitForOutput(new Regex(@"content was removed"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(ClassPage)).StatusCode); // the last build stays served

        ServeProcess.CopyFolder(Repo.Content, serve.Content);
        AppendTo(Path.Combine(serve.Content, ClassFile), "Text from the folder made again.");

        serve.WaitForOutput(new Regex(@"content is back"));
        await serve.WaitForPageAsync(http, ClassPage, "Text from the folder made again.");
        AppendTo(Path.Combine(serve.Content, ClassFile), "Edited after it came back.");
        await serve.WaitForPageAsync(http, ClassPage, "Edited after it came back.");
    }

    private static void AppendTo(string path, string paragraph) => File.AppendAllText(path, $"\n{paragraph}\n");
}
