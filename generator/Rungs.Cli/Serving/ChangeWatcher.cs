using System.Threading.Channels;
using Rungs.Input;

namespace Rungs.Cli.Serving;

/// <summary>
/// What the watcher saw: content-relative paths that changed, whether a theme file changed, whether it lost track (read
/// everything again), and whether the content folder itself was removed, swapped or made again.
/// </summary>
public sealed record WatchedChanges(IReadOnlySet<string> ContentPaths, bool Theme, bool LostTrack, bool ContentFolder = false);

/// <summary>
/// Watches the content folder and the site's themes folder (<see cref="FolderWatch"/>: also when either is deleted, moved or
/// made again). Editors save in bursts (a temporary file, a rename, a second write), so events are gathered until the
/// folders have been quiet for a moment, then reported as one batch.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    // An editor's save (a temporary file written, then renamed over the old) lands within a few milliseconds; every
    // millisecond waited here is added to each edit's reload. A burst split in two costs one more rebuild (and, for an
    // editor that truncates then writes, may show a half-written file's error for that moment).
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);

    private readonly string _content;
    private readonly List<FolderWatch> _watches = [];
    private readonly Channel<Seen> _events = Channel.CreateUnbounded<Seen>();

    private readonly record struct Seen(string? ContentPath, bool Theme = false, bool LostTrack = false, bool ContentFolder = false);

    public ChangeWatcher(string content, string themes)
    {
        _content = Path.GetFullPath(content);
        _watches.Add(new FolderWatch(_content,
            changed: path => Post(new Seen(Path.GetRelativePath(_content, path).Replace('\\', '/'))),
            replaced: () => Post(new Seen(null, LostTrack: true, ContentFolder: true)),
            lostTrack: () => Post(new Seen(null, Theme: true, LostTrack: true))));
        _watches.Add(new FolderWatch(themes,
            changed: _ => Post(new Seen(null, Theme: true)),
            replaced: () => Post(new Seen(null, Theme: true)),
            lostTrack: () => Post(new Seen(null, Theme: true, LostTrack: true))));
    }

    /// <summary>Whether the content folder exists now.</summary>
    public bool ContentExists => _watches[0].Exists;

    /// <summary>Whether changes have been seen that <see cref="NextAsync"/> has not reported yet.</summary>
    public bool HasPending => _events.Reader.Count > 0;

    /// <summary>
    /// Whether a change not reported yet can change the site: to a content file (<see cref="ContentReader.IsContentFile"/>), a
    /// folder, a theme file, or the folders themselves. An editor's swap file, `.DS_Store` or the like does not count, so
    /// it never stops the site-wide step of the last edit (<see cref="Rungs.Incremental.SiteSession.ContinueRebuild"/>).
    /// </summary>
    public bool HasPendingEdit => Volatile.Read(ref _pendingEdits) > 0;

    private int _pendingEdits;

    private static bool CanChangeSite(Seen seen) =>
        seen.ContentPath is not { } path || ContentReader.IsContentFile(path) || !Path.HasExtension(path);

    /// <summary>Waits for the next batch of changes.</summary>
    public async Task<WatchedChanges> NextAsync(CancellationToken stop)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        bool theme = false, lost = false, folder = false;
        void Take(Seen e)
        {
            if (CanChangeSite(e)) Interlocked.Decrement(ref _pendingEdits);
            if (e.ContentPath is { } p) paths.Add(p);
            theme |= e.Theme;
            lost |= e.LostTrack;
            folder |= e.ContentFolder;
        }

        Take(await _events.Reader.ReadAsync(stop));
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stop);
            quiet.CancelAfter(Quiet);
            try
            {
                Take(await _events.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                return new WatchedChanges(paths, theme, lost, folder);
            }
        }
    }

    private void Post(Seen seen)
    {
        if (CanChangeSite(seen)) Interlocked.Increment(ref _pendingEdits);
        _events.Writer.TryWrite(seen);
    }

    public void Dispose()
    {
        foreach (var watch in _watches) watch.Dispose();
    }
}
