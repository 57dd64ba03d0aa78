using Rungs.Diagnostics;

namespace Rungs.Output;

/// <summary>The diagnostics of writing the output folder itself: another build at work, leftovers, a refused swap.</summary>
public static class OutputDiagnostics
{
    /// <summary>Another build holds the output's lock (RUNGS035).</summary>
    public static Diagnostic Busy(string output) =>
        new(Severity.Error, DiagnosticCodes.OutputBusy, $"another build is writing {Shown(output)}", SourcePosition.StartOf(output),
            $"wait for it to finish and build again; its lock ({Path.GetFileName(FolderLock.PathOf(StagedFolder.Normalise(output)))}) is released when it ends, even if it is killed");

    /// <summary>
    /// What could not be removed (RUNGS036, warnings): of the replaced site, after the new one was put in place, and of what
    /// dead builds left. Neither undoes the build, so neither fails it, even with --warnings-as-errors.
    /// </summary>
    public static IReadOnlyList<Diagnostic> NotRemoved(string output, StagedFolder staged) =>
    [
        .. staged.LeftoversNotRemoved.Select(reason => Leftover(output, $"a folder an earlier build left beside the output could not be removed completely: {reason}")),
        .. staged.PreviousNotRemoved.Select(reason => Leftover(output, $"the new site is in place, but the previous one could not be removed completely: {reason}")),
    ];

    /// <summary>The new site could not be put in place (RUNGS037); the output is unchanged.</summary>
    public static Diagnostic SwapRefused(string output, FolderSwapException refused) =>
        new(Severity.Error, DiagnosticCodes.OutputSwap, $"could not put the new site in place of the output folder: {refused.Reason}",
            SourcePosition.StartOf(output), "check that the output folder can be renamed (it is not immutable, a mount point or on a read-only file system)");

    private static Diagnostic Leftover(string output, string message) =>
        new(Severity.Warning, DiagnosticCodes.OutputLeftover, message, SourcePosition.StartOf(output),
            $"the next build into {Shown(output)} tries again; or remove the .{Path.GetFileName(StagedFolder.Normalise(output))}.rungs-output-* folder by hand");

    private static string Shown(string output) => output.TrimEnd('/', '\\') + "/";
}
