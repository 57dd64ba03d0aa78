using System.Text.RegularExpressions;

namespace Rungs.Output;

/// <summary>
/// What builds that died (killed, timed out, out of memory) left beside a folder: staging folders, and replaced folders not
/// yet removed. They are recognised by name (<c>.&lt;name&gt;.rungs-&lt;purpose&gt;-new-&lt;pid&gt;</c> or <c>-old-</c>) and by
/// Rungs' marker file inside (or by being empty, or a link). Only called under the folder's <see cref="FolderLock"/>: the
/// lock, not the process id in the name, says that no Rungs process is writing them, since a process id can be reused.
/// </summary>
internal static class StagingLeftovers
{
    /// <summary>The name of a staging (<c>new</c>) or moved-aside (<c>old</c>) folder for <paramref name="target"/>.</summary>
    public static string NameBeside(string target, string purpose, string role, int processId) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.rungs-{purpose}-{role}-{processId}");

    /// <summary>
    /// Puts back an old folder that a swap by two renames moved aside before it was killed, then removes every other leftover.
    /// </summary>
    /// <returns>What could not be removed.</returns>
    public static IReadOnlyList<string> Clear(string target, string purpose, string marker)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var pattern = new Regex($"^\\.{Regex.Escape(name)}\\.rungs-{Regex.Escape(purpose)}-(new|old)-[0-9]+$", RegexOptions.CultureInvariant);
        var found = Directory.EnumerateFileSystemEntries(parent, $".{name}.rungs-{purpose}-*")
            .Where(path => pattern.IsMatch(Path.GetFileName(path)) && IsRungsOwn(path, marker))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Only a swap killed between its two renames leaves an -old- folder: it is the complete previous site.
        if (!Exists(target) && found.FirstOrDefault(path => path.Contains($".rungs-{purpose}-old-", StringComparison.Ordinal)) is { } movedAside)
        {
            Directory.Move(movedAside, target);
            found.Remove(movedAside);
        }

        return found.SelectMany(path => FolderRemoval.Remove(path, marker)).ToList();
    }

    /// <summary>Whether a name or link is there, even a link whose target is gone.</summary>
    public static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static bool IsRungsOwn(string path, string marker)
    {
        var folder = new DirectoryInfo(path);
        if (folder.LinkTarget is not null) return true;
        return folder.Exists && (File.Exists(Path.Combine(path, marker)) || !Directory.EnumerateFileSystemEntries(path).Any());
    }
}
