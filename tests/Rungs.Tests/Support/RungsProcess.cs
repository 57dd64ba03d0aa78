using System.Diagnostics;

namespace Rungs.Tests.Support;

/// <summary>
/// A `rungs` child process that the test can watch and stop while it runs: wait for it to reach a point, kill it with
/// SIGKILL, or let it finish and read what it printed.
/// </summary>
public sealed class RungsProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;
    private readonly string _command;

    private RungsProcess(Process process, string command)
    {
        _process = process;
        _command = command;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts `dotnet rungs.dll args…` in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static RungsProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Start(workingDirectory, environment, [], [], args);

    /// <summary>
    /// Starts `rungs args…` behind a command that runs it (<paramref name="runAs"/>, e.g. setpriv to drop privileges),
    /// or directly when that is empty; <paramref name="hostOptions"/> go to the dotnet host before rungs' dll.
    /// </summary>
    public static RungsProcess Start(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] runAs, string[] hostOptions, string[] args)
    {
        var start = new ProcessStartInfo(runAs.Length > 0 ? runAs[0] : RungsCli.DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in runAs.Skip(1)) start.ArgumentList.Add(arg);
        if (runAs.Length > 0) start.ArgumentList.Add(RungsCli.DotnetHost());
        foreach (var option in hostOptions) start.ArgumentList.Add(option);
        start.ArgumentList.Add(Repo.RungsDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return new RungsProcess(Process.Start(start)!, "rungs " + string.Join(' ', args));
    }

    /// <summary>Waits until <paramref name="path"/> exists; fails the test if the process ends or the hang guard runs out first.</summary>
    public void WaitForFile(string path)
    {
        var watch = Stopwatch.StartNew();
        while (!File.Exists(path))
        {
            if (_process.HasExited)
                Assert.Fail($"{_command} ended (exit {_process.ExitCode}) before {path} appeared:\n{_stdout.Result}{_stderr.Result}");
            if (watch.Elapsed > HangGuard.Limit) Assert.Fail($"{path} did not appear within {HangGuard.Limit.TotalMinutes} minutes (a hang guard)");
            Thread.Sleep(20);
        }
    }

    /// <summary>Ends the process with SIGKILL, as the kernel's OOM killer or a CI timeout would: no cleanup code runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Waits for the process to end by itself and returns what it did.</summary>
    public CliRun Finish()
    {
        HangGuard.WaitForExit(_process, _command);
        return new CliRun(_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
