using Rungs.Diagnostics;

namespace Rungs.Input;

/// <summary>
/// A content folder kept in memory by the dev server and refreshed file by file as the watcher reports changes, so an
/// edit re-reads one file rather than the whole folder. Reads under the same rules as <see cref="ContentReader"/>.
/// </summary>
public sealed class LiveContentFolder(string directory, string displayRoot)
{
    private readonly SortedDictionary<string, (SourceFile File, IReadOnlyList<Diagnostic> Problems)> _files = new(StringComparer.Ordinal);

    public string Directory => directory;

    /// <summary>Reads every file again (at start, and when the watcher lost track).</summary>
    public void ReadAll()
    {
        _files.Clear();
        if (System.IO.Directory.Exists(directory)) Refresh([""]);
    }

    /// <summary>
    /// Re-reads the given content-relative paths: a file is read again, a folder is scanned again (it may have been
    /// moved in), and a path that no longer exists is forgotten with everything under it.
    /// </summary>
    public void Refresh(IEnumerable<string> relativePaths)
    {
        foreach (var relative in relativePaths.Select(p => p.Replace('\\', '/').Trim('/')).Distinct())
        {
            var full = relative.Length == 0 ? directory : Path.Combine(directory, relative);
            Forget(relative);
            if (File.Exists(full)) Load(relative);
            else if (System.IO.Directory.Exists(full))
                foreach (var file in System.IO.Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                    Load(Path.GetRelativePath(directory, file).Replace('\\', '/'));
        }
    }

    /// <summary>The folder as the pipeline reads it: files in ordinal path order, and the problems met reading them.</summary>
    public ContentSources Sources()
    {
        if (!System.IO.Directory.Exists(directory)) return ContentReader.Read(directory, displayRoot);
        // A new list each time: a caller may keep the last one to compare with (the dev server's session does).
        var files = new List<SourceFile>(_files.Count);
        var problems = new List<Diagnostic>();
        foreach (var (file, fileProblems) in _files.Values)
        {
            files.Add(file);
            problems.AddRange(fileProblems);
        }

        return new ContentSources(files, problems);
    }

    private void Load(string relative)
    {
        if (!ContentReader.IsContentFile(relative)) return;
        var full = Path.Combine(directory, relative);
        var problems = new DiagnosticList();
        try
        {
            var file = ContentReader.LoadFromDisk(full, relative, $"{displayRoot}/{relative}", problems);
            _files[relative] = (file, problems.Items);
        }
        catch (IOException)
        {
            // Deleted or still being written while we looked: the watcher reports the next change, and we read it then.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Forget(string relative)
    {
        if (relative.Length == 0)
        {
            _files.Clear();
            return;
        }

        _files.Remove(relative);
        var prefix = relative + "/";
        foreach (var key in _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _files.Remove(key);
    }
}
