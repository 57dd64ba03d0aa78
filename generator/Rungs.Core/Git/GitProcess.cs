using System.Diagnostics;
using System.Text;

namespace Rungs.Git;

/// <summary>The outcome of one git command: exit code, standard output (bytes, for archives and blobs) and error text.</summary>
public sealed record GitResult(int ExitCode, byte[] Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public string Text => Encoding.UTF8.GetString(Output);
}

/// <summary>
/// Runs git in a repository. The one place Rungs starts a process: history and revision diffs read the repository
/// through it, with a fixed environment so output never depends on the user's or the system's configuration or locale.
/// </summary>
public sealed class GitProcess(string workingDirectory)
{
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Whether git is installed and the folder is inside a work tree.</summary>
    public bool IsRepository()
    {
        try
        {
            var result = Run("rev-parse", "--is-inside-work-tree");
            return result.Succeeded && result.Text.Trim() == "true";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // git is not installed
        }
    }

    /// <summary>Runs `git args…` to completion; never throws for a non-zero exit (callers read <see cref="GitResult.ExitCode"/>).</summary>
    public GitResult Run(params string[] args) => Start(null, args);

    /// <summary>Runs git with <paramref name="input"/> written to its standard input (e.g. for `cat-file --batch`).</summary>
    /// <remarks>A name of its own: as an overload of <see cref="Run"/>, `Run("rev-parse", "--x")` took the first word as input.</remarks>
    public GitResult RunWithInput(string input, params string[] args) => Start(input, args);

    /// <summary>Variables a parent git process or hook may set that would change which repository or settings git uses.</summary>
    private static readonly string[] HandedDown = ["GIT_DIR", "GIT_WORK_TREE", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"];

    private GitResult Start(string? input, string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        // Plain, stable output: no pager, no colour, C locale, and no configuration but the repository's own — neither
        // the system's nor the user's (git reads /dev/null as an empty file, on Windows too), nor `-c` settings handed
        // down by a git that started us (a hook, an alias). GIT_DIR and GIT_WORK_TREE, which a hook sets for its own
        // repository, would point git away from the content's; the repository is always found from the content folder.
        // GIT_CEILING_DIRECTORIES is passed on as given: it is how a caller says where that search must stop.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        foreach (var inherited in HandedDown) start.Environment.Remove(inherited);
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("color.ui=false");
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
        var error = process.StandardError.ReadToEndAsync();
        // Input goes in on its own task: git may fill its output pipe before it has read all its input.
        var writing = input is null
            ? Task.CompletedTask
            : Task.Run(() =>
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            });

        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        writing.GetAwaiter().GetResult();
        return new GitResult(process.ExitCode, output.ToArray(), error.Result);
    }
}
