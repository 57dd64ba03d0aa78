namespace Rungs.Output;

/// <summary>
/// Replaces a folder all at once, under its <see cref="FolderLock"/>: the new content is written into a staging folder beside
/// the target and, only when that has succeeded, exchanged with the target in one step (<see cref="FolderExchange"/>), so the
/// target always holds the old or the new content, even if the process is killed. Where one-step exchange is unavailable,
/// the old folder is moved aside and kept until the new one is in place, and the next run puts it back if the process died
/// in between. Opening one removes what dead runs left (<see cref="StagingLeftovers"/>). Used by the site build and the
/// corpus generator.
/// </summary>
public sealed class StagedFolder : IDisposable
{
    private readonly FolderLock _lock;
    private readonly string _purpose;
    private readonly string _marker;

    private StagedFolder(FolderLock held, string purpose, string marker)
    {
        _lock = held;
        _purpose = purpose;
        _marker = marker;
    }

    /// <summary>The folder to replace, as an absolute path.</summary>
    public string Target => _lock.Target;

    /// <summary>What dead runs left beside the target that could not be removed on opening (one reason each).</summary>
    public IReadOnlyList<string> LeftoversNotRemoved { get; private set; } = [];

    /// <summary>What of the replaced folder could not be removed after the new one was put in place (one reason each).</summary>
    public IReadOnlyList<string> PreviousNotRemoved { get; private set; } = [];

    /// <summary>
    /// Takes the lock of <paramref name="target"/> and clears what dead runs left beside it; null when another process
    /// holds the lock (it is writing the target now).
    /// </summary>
    /// <param name="purpose">A word for the staging folders' names, so leftovers say where they came from.</param>
    /// <param name="marker">The file name that marks a finished folder of this kind: written into a staging folder from its first moment, so leftovers are recognisable; the filler overwrites it last.</param>
    public static StagedFolder? TryOpen(string target, string purpose, string marker)
    {
        if (FolderLock.TryTake(target) is not { } held) return null;
        try
        {
            return new StagedFolder(held, purpose, marker) { LeftoversNotRemoved = StagingLeftovers.Clear(held.Target, purpose, marker) };
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Opens <paramref name="target"/>, replaces it with what <paramref name="fill"/> writes, and releases it.</summary>
    /// <exception cref="IOException">Another process is writing the target, or writing or swapping failed.</exception>
    public static void Replace(string target, string purpose, string marker, Action<string> fill)
    {
        using var staged = TryOpen(target, purpose, marker) ?? throw new IOException($"another process is writing {target}");
        staged.TryReplace(staging =>
        {
            fill(staging);
            return true;
        });
    }

    /// <summary>
    /// Lets <paramref name="fill"/> write the new content into a staging folder and swaps it in; <paramref name="fill"/> may
    /// decline (return false), and the target is then left as it was.
    /// </summary>
    /// <returns>Whether the target was replaced.</returns>
    /// <exception cref="FolderSwapException">The swap itself was refused; the target is unchanged.</exception>
    public bool TryReplace(Func<string, bool> fill)
    {
        var staging = StagingLeftovers.NameBeside(Target, _purpose, "new", Environment.ProcessId);
        // Leftovers were cleared on opening; anything still under this name is not Rungs' own, so it is not written into.
        if (StagingLeftovers.Exists(staging)) throw new IOException($"{staging} exists and was not made by Rungs; remove it or build elsewhere");
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, _marker),
                $"Rungs is writing this folder (process {Environment.ProcessId}). If no Rungs process is running, the next build removes it.\n");
            if (!fill(staging))
            {
                FolderRemoval.Remove(staging, _marker);
                return false;
            }

            SwapPause.At("before-swap");
            Swap(staging);
            return true;
        }
        catch
        {
            // Reached only before the new folder is in place: the staging folder holds the unfinished new content.
            FolderRemoval.Remove(staging, _marker);
            throw;
        }
    }

    /// <summary>An absolute path without a trailing separator, so paths compare as strings.</summary>
    public static string Normalise(string path) => Path.GetFullPath(path).TrimEnd('/', '\\');

    public void Dispose() => _lock.Dispose();

    /// <summary>Puts <paramref name="staging"/> in place of the target; the old content ends up under the staging name and is removed.</summary>
    private void Swap(string staging)
    {
        if (!StagingLeftovers.Exists(Target))
        {
            Refused(() => Directory.Move(staging, Target));
            return;
        }

        if (Refused(() => FolderExchange.Exchange(staging, Target)) == FolderExchange.Result.Unsupported)
        {
            // Two renames: the old folder stays whole under the -old- name until the new one is in place, and a run killed
            // between them is undone by the next one (StagingLeftovers.Clear).
            var movedAside = StagingLeftovers.NameBeside(Target, _purpose, "old", Environment.ProcessId);
            Refused(() => Directory.Move(Target, movedAside));
            SwapPause.At("between-renames");
            try
            {
                Directory.Move(staging, Target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Directory.Move(movedAside, Target);
                throw new FolderSwapException(Target, e.Message);
            }

            // Removed under the staging name, so an -old- folder only ever means a swap cut off between its renames.
            staging = MovedOrLeft(movedAside, staging);
        }

        SwapPause.At("after-swap");
        PreviousNotRemoved = FolderRemoval.Remove(staging, _marker);
    }

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/> when it can; the new site is in place already, so a failure only keeps the old name.</summary>
    private static string MovedOrLeft(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return to;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return from;
        }
    }

    private T Refused<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FolderSwapException(Target, e.Message);
        }
    }

    private void Refused(Action step) => Refused(() =>
    {
        step();
        return true;
    });
}
