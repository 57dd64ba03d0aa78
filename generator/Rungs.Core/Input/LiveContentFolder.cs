using Rungs.Diagnostics;

namespace Rungs.Input;

/// <summary>
/// A content folder kept in memory by the dev server and refreshed file by file as the watcher reports changes, so an
/// edit re-reads one file rather than the whole folder. Reads under the same rules as <see cref="ContentReader"/>.
/// </summary>
public sealed class LiveContentFolder(string directory, string displayRoot)
{
    private readonly SortedDictionary<string, (SourceFile File, IReadOnlyList<Diagnostic> Problems)> _files = new(StringComparer.Ordinal);

    // Problems of the folder itself (links, special files, folders that cannot be listed), by the path they are about.
    private readonly SortedDictionary<string, IReadOnlyList<Diagnostic>> _listingProblems = new(StringComparer.Ordinal);

    public string Directory => directory;

    /// <summary>Reads every file again (at start, and when the watcher lost track).</summary>
    public void ReadAll()
    {
        _files.Clear();
        _listingProblems.Clear();
        if (System.IO.Directory.Exists(directory)) Refresh([""]);
    }

    /// <summary>
    /// Re-reads the given content-relative paths: a file is read again, a folder is listed again (it may have been
    /// moved in), and a path that no longer exists is forgotten with everything under it. Files are found under the
    /// rules of <see cref="FolderListing"/>, as a build finds them.
    /// </summary>
    public void Refresh(IEnumerable<string> relativePaths)
    {
        foreach (var relative in relativePaths.Select(p => p.Replace('\\', '/').Trim('/')).Distinct())
        {
            Forget(relative);
            var listing = ContentReader.List(directory, displayRoot, relative);
            foreach (var problem in listing.Problems)
            {
                var at = problem.Position.Path.Length > displayRoot.Length ? problem.Position.Path[(displayRoot.Length + 1)..] : "";
                _listingProblems[at] = [.. _listingProblems.GetValueOrDefault(at) ?? [], problem];
            }

            foreach (var (file, full) in listing.Files) Load(file, full);
        }
    }

    /// <summary>The folder as the pipeline reads it: files in ordinal path order, and the problems met reading them.</summary>
    public ContentSources Sources()
    {
        if (!System.IO.Directory.Exists(directory)) return ContentReader.Read(directory, displayRoot);
        // A new list each time: a caller may keep the last one to compare with (the dev server's session does).
        var files = new List<SourceFile>(_files.Count);
        var problems = _listingProblems.Values.SelectMany(p => p).ToList();
        foreach (var (file, fileProblems) in _files.Values)
        {
            files.Add(file);
            problems.AddRange(fileProblems);
        }

        return new ContentSources(files, problems);
    }

    private void Load(string relative, string full)
    {
        var problems = new DiagnosticList();
        var file = ContentReader.LoadFromDisk(full, relative, $"{displayRoot}/{relative}", problems);
        _files[relative] = (file, problems.Items);
    }

    private void Forget(string relative)
    {
        if (relative.Length == 0)
        {
            _files.Clear();
            _listingProblems.Clear();
            return;
        }

        var prefix = relative + "/";
        foreach (var key in _files.Keys.Where(k => k == relative || k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _files.Remove(key);
        foreach (var key in _listingProblems.Keys.Where(k => k == relative || k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _listingProblems.Remove(key);
    }
}
