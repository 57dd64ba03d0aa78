namespace Rungs.Cli.Serving;

/// <summary>
/// Watches everything under one folder, and keeps doing so when the folder itself is deleted, moved away or swapped for
/// another (`mv content content.old &amp;&amp; mv content.new content`). A file system watch follows the folder it was made
/// on, not its name, so the folder's parent is watched for that name too, and the inner watch is made again on whatever
/// folder has the name now (or once one has it again).
/// </summary>
public sealed class FolderWatch : IDisposable
{
    private readonly string _folder;
    private readonly Action<string> _changed;
    private readonly Action _replaced;
    private readonly Action _lostTrack;
    private readonly FileSystemWatcher? _parent;
    private readonly Lock _gate = new();
    private FileSystemWatcher? _inside;
    private bool _disposed;

    /// <param name="folder">The folder to watch; it need not exist yet.</param>
    /// <param name="changed">A file or folder under it changed (its full path).</param>
    /// <param name="replaced">The folder itself appeared, disappeared or was swapped: whatever is there now must be read again.</param>
    /// <param name="lostTrack">Too many changes at once for the system's event buffer: read everything again.</param>
    public FolderWatch(string folder, Action<string> changed, Action replaced, Action lostTrack)
    {
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        (_changed, _replaced, _lostTrack) = (changed, replaced, lostTrack);
        var name = Path.GetFileName(_folder);
        if (Path.GetDirectoryName(_folder) is { } parent && name.Length > 0 && Directory.Exists(parent))
        {
            _parent = new FileSystemWatcher(parent)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
            };
            void Check(string? entry)
            {
                if (string.Equals(entry, name, StringComparison.Ordinal)) Rearm();
            }

            _parent.Created += (_, e) => Check(e.Name);
            _parent.Deleted += (_, e) => Check(e.Name);
            _parent.Renamed += (_, e) =>
            {
                Check(e.OldName);
                Check(e.Name);
            };
            _parent.Error += (_, _) => Rearm();
            _parent.EnableRaisingEvents = true;
        }

        lock (_gate) Arm();
    }

    /// <summary>Whether the folder exists now.</summary>
    public bool Exists => Directory.Exists(_folder);

    private void Rearm()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _inside?.Dispose();
            _inside = null;
            Arm();
        }

        _replaced();
    }

    private void Arm()
    {
        if (!Directory.Exists(_folder)) return;
        var watcher = new FileSystemWatcher(_folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => _changed(e.FullPath);
        watcher.Created += (_, e) => _changed(e.FullPath);
        watcher.Deleted += (_, e) => _changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            _changed(e.OldFullPath);
            _changed(e.FullPath);
        };
        watcher.Error += (_, _) => _lostTrack();
        try
        {
            watcher.EnableRaisingEvents = true;
            _inside = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            // Gone again while we looked: the parent's watch reports when a folder has the name again.
            watcher.Dispose();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _inside?.Dispose();
            _parent?.Dispose();
        }
    }
}
