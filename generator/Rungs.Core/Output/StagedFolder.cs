using System.Runtime.ExceptionServices;

namespace Rungs.Output;

/// <summary>
/// Replaces a folder all at once: the new content is written into a staging folder beside the target, and only
/// when that has succeeded is the old folder moved aside and the new one moved into place. A failure leaves the
/// target as it was. Used by the site build and the corpus generator.
/// </summary>
public static class StagedFolder
{
    /// <param name="target">The folder to replace (created if missing).</param>
    /// <param name="purpose">A word for the staging folders' names, so leftovers say where they came from.</param>
    /// <param name="fill">Writes the new content into the staging folder it is given.</param>
    public static void Replace(string target, string purpose, Action<string> fill) => TryReplace(target, purpose, staging =>
    {
        fill(staging);
        return true;
    });

    /// <summary>Like <see cref="Replace"/>, but <paramref name="fill"/> may decline (return false): the target is then left as it was.</summary>
    /// <returns>Whether the target was replaced.</returns>
    public static bool TryReplace(string target, string purpose, Func<string, bool> fill)
    {
        target = Normalise(target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.rungs-{purpose}-new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.rungs-{purpose}-old-{Environment.ProcessId}");
        DeleteIfExists(staging);
        DeleteIfExists(retired);
        try
        {
            Directory.CreateDirectory(staging);
            if (!fill(staging))
            {
                DeleteIfExists(staging);
                return false;
            }

            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
        }
        catch
        {
            DeleteIfExists(staging);
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw;
        }

        DeleteRetired(retired);
        return true;
    }

    /// <summary>An absolute path without a trailing separator, so paths compare as strings.</summary>
    public static string Normalise(string path) => Path.GetFullPath(path).TrimEnd('/', '\\');

    /// <summary>
    /// Deletes the replaced content, its folders two levels down in parallel: unlinking tens of thousands of files is the
    /// kernel's work, and a site keeps most of them under a few top folders (<c>series/&lt;series&gt;/…</c>). At 10,000
    /// classes (44,000 files, two cores, tmpfs) 0.50 s instead of 0.73 s. Links are never followed: a link to a folder is
    /// removed, not what it points to, and an output folder that is itself a link loses only the link.
    /// </summary>
    private static void DeleteRetired(string path)
    {
        var retired = new DirectoryInfo(path);
        if (!retired.Exists) return;
        if (retired.LinkTarget is not null)
        {
            retired.Delete();
            return;
        }

        var realFolders = new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
        try
        {
            Parallel.ForEach(Directory.GetDirectories(path, "*", realFolders).SelectMany(top => Directory.GetDirectories(top, "*", realFolders)).ToArray(),
                folder => Directory.Delete(folder, recursive: true));
        }
        catch (AggregateException failure)
        {
            ExceptionDispatchInfo.Throw(failure.InnerExceptions[0]);
        }

        Directory.Delete(path, recursive: true);
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
