using System.Threading.Channels;

namespace Rungs.Cli.Serving;

/// <summary>What the watcher saw: content-relative paths that changed, and whether a theme file changed.</summary>
public sealed record WatchedChanges(IReadOnlySet<string> ContentPaths, bool Theme, bool LostTrack);

/// <summary>
/// Watches the content folder and the site's themes folder. Editors save in bursts (a temporary file, a rename, a second
/// write), so events are gathered until the folder has been quiet for a moment, then reported as one batch.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly string _content;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(string? ContentPath, bool Theme, bool LostTrack)> _events = Channel.CreateUnbounded<(string?, bool, bool)>();

    public ChangeWatcher(string content, string themes)
    {
        _content = Path.GetFullPath(content);
        _watchers.Add(Watch(_content, path => (Path.GetRelativePath(_content, path).Replace('\\', '/'), false)));
        var themesFull = Path.GetFullPath(themes);
        if (Directory.Exists(themesFull)) _watchers.Add(Watch(themesFull, _ => (null, true)));
    }

    /// <summary>Whether changes have been seen that <see cref="NextAsync"/> has not reported yet.</summary>
    public bool HasPending => _events.Reader.Count > 0;

    /// <summary>Waits for the next batch of changes.</summary>
    public async Task<WatchedChanges> NextAsync(CancellationToken stop)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        bool theme = false, lost = false;
        void Take((string? ContentPath, bool Theme, bool LostTrack) e)
        {
            if (e.ContentPath is { } p) paths.Add(p);
            theme |= e.Theme;
            lost |= e.LostTrack;
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
                return new WatchedChanges(paths, theme, lost);
            }
        }
    }

    private FileSystemWatcher Watch(string folder, Func<string, (string? ContentPath, bool Theme)> classify)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        void Changed(string path)
        {
            var (content, theme) = classify(path);
            _events.Writer.TryWrite((content, theme, false));
        }

        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        // The event buffer overflowed (thousands of files changed at once): read everything again.
        watcher.Error += (_, _) => _events.Writer.TryWrite((null, true, true));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
