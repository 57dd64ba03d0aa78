using Rungs.Cli.Serving;
using Rungs.Tests.Support;

namespace Rungs.Tests.Serving;

/// <summary>
/// The change watcher as code, on a real folder: a burst of saves is one batch, a rename reports both names, a file
/// deleted and made again is reported, and so is the content folder itself when it is removed, swapped or made again.
/// Theme files are reported as a theme change.
/// </summary>
public sealed class ChangeWatcherTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _site = new();
    private readonly CancellationTokenSource _timeout = new(Wait);

    public ChangeWatcherTests()
    {
        TestSite.Minimal().WriteTo(Content);
        Directory.CreateDirectory(Themes);
    }

    private string Content => _site.Combine("content");

    private string Themes => _site.Combine("themes");

    public void Dispose()
    {
        _timeout.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_burst_of_saves_is_reported_as_one_batch_once_the_folder_is_quiet()
    {
        using var watcher = new ChangeWatcher(Content, Themes);

        for (var i = 0; i < 20; i++) File.AppendAllText(Path.Combine(Content, "series", "cs", "cs-assistant.md"), $"\nedit {i}\n");
        File.AppendAllText(Path.Combine(Content, "ksas", "grammar.md"), "\nedit\n");

        var changes = await NextContaining(watcher, "ksas/grammar.md");
        Assert.Contains("series/cs/cs-assistant.md", changes.ContentPaths);
        Assert.False(changes.Theme || changes.LostTrack || changes.ContentFolder);
    }

    [Fact]
    public async Task An_editors_swap_file_is_seen_but_is_no_pending_edit_while_a_spec_file_is()
    {
        using var watcher = new ChangeWatcher(Content, Themes);

        File.WriteAllText(Path.Combine(Content, "series", "cs", ".cs-assistant.md.swp"), "swap");
        File.WriteAllText(Path.Combine(Content, ".DS_Store"), "finder");
        await Until(() => watcher.HasPending);
        await Task.Delay(100);
        Assert.False(watcher.HasPendingEdit);

        File.AppendAllText(Path.Combine(Content, "series", "cs", "cs-assistant.md"), "\nedit\n");
        await Until(() => watcher.HasPendingEdit);

        // Reported, the edit is no longer pending.
        await NextContaining(watcher, "series/cs/cs-assistant.md");
        await Drain(watcher);
        Assert.False(watcher.HasPendingEdit);
    }

    /// <summary>Waits for a condition the watcher's thread makes true, within the hang guard.</summary>
    private async Task Until(Func<bool> condition)
    {
        while (!condition()) await Task.Delay(5, _timeout.Token);
    }

    [Fact]
    public async Task A_rename_reports_the_old_and_the_new_name()
    {
        using var watcher = new ChangeWatcher(Content, Themes);

        File.Move(Path.Combine(Content, "ksas", "grammar.md"), Path.Combine(Content, "ksas", "grammar-and-style.md"));

        var changes = await NextContaining(watcher, "ksas/grammar-and-style.md");
        Assert.Contains("ksas/grammar.md", changes.ContentPaths);
    }

    [Fact]
    public async Task A_file_deleted_and_made_again_is_reported_each_time()
    {
        using var watcher = new ChangeWatcher(Content, Themes);
        var file = Path.Combine(Content, "ksas", "grammar.md");
        var text = File.ReadAllText(file);

        File.Delete(file);
        await NextContaining(watcher, "ksas/grammar.md");
        File.WriteAllText(file, text);
        await NextContaining(watcher, "ksas/grammar.md");
    }

    [Fact]
    public async Task A_theme_file_is_a_theme_change()
    {
        using var watcher = new ChangeWatcher(Content, Themes);

        File.WriteAllText(Path.Combine(Themes, "site.css"), "body{}");

        Assert.True((await Next(watcher, c => c.Theme)).ContentPaths.Count == 0);
    }

    [Fact]
    public async Task A_themes_folder_made_after_the_start_is_watched()
    {
        Directory.Delete(Themes);
        using var watcher = new ChangeWatcher(Content, Themes);

        Directory.CreateDirectory(Themes);
        await Next(watcher, c => c.Theme);
        File.WriteAllText(Path.Combine(Themes, "site.css"), "body{}");

        await Next(watcher, c => c.Theme);
    }

    [Fact]
    public async Task The_content_folder_removed_then_made_again_is_reported_and_watched_again()
    {
        using var watcher = new ChangeWatcher(Content, Themes);

        Directory.Delete(Content, recursive: true);
        await Next(watcher, c => c.ContentFolder);
        Assert.False(watcher.ContentExists);

        TestSite.Minimal().WriteTo(Content);
        await Next(watcher, c => c.ContentFolder && watcher.ContentExists);
        await Drain(watcher);
        File.AppendAllText(Path.Combine(Content, "ksas", "grammar.md"), "\nedit\n");
        await NextContaining(watcher, "ksas/grammar.md");
    }

    [Fact]
    public async Task A_content_folder_swapped_for_another_is_reported_and_the_new_one_watched()
    {
        using var watcher = new ChangeWatcher(Content, Themes);
        var next = _site.Combine("content.new");
        TestSite.Minimal().WriteTo(next);

        Directory.Move(Content, _site.Combine("content.old"));
        Directory.Move(next, Content);

        await Next(watcher, c => c.ContentFolder && c.LostTrack);
        Assert.True(watcher.ContentExists);
        await Drain(watcher);
        File.AppendAllText(_site.Combine("content.old", "ksas", "grammar.md"), "\nold\n");
        File.AppendAllText(Path.Combine(Content, "ksas", "writing.md"), "---\ntitle: x\n---\n");
        var changes = await NextContaining(watcher, "ksas/writing.md");
        Assert.DoesNotContain("ksas/grammar.md", changes.ContentPaths);
    }

    private Task<WatchedChanges> NextContaining(ChangeWatcher watcher, string path) => Next(watcher, c => c.ContentPaths.Contains(path));

    /// <summary>The next batch that matches, skipping others (a save can be seen as several writes), within the hang guard.</summary>
    private async Task<WatchedChanges> Next(ChangeWatcher watcher, Func<WatchedChanges, bool> match)
    {
        while (true)
        {
            var changes = await watcher.NextAsync(_timeout.Token);
            if (match(changes)) return changes;
        }
    }

    /// <summary>Takes what is pending, so the next batch is about what the test does next.</summary>
    private async Task Drain(ChangeWatcher watcher)
    {
        await Task.Delay(200);
        while (watcher.HasPending) await watcher.NextAsync(_timeout.Token);
    }
}
