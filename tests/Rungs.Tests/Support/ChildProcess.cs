using System.Diagnostics;

namespace Rungs.Tests.Support;

/// <summary>Runs a program other than rungs.dll (dotnet pack, an installed tool) to its end, under the hang guard.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> in <paramref name="workingDirectory"/>, with extra environment variables.</summary>
    public static CliRun Run(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        HangGuard.WaitForExit(process, $"{Path.GetFileName(program)} {string.Join(' ', args)}");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
