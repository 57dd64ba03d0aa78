using System.Diagnostics;
using Rungs.Cli.Commands;

namespace Rungs.Tests.Support;

/// <summary>What a `rungs` child process did: its exit code and what it printed.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the `rungs` command line, in this process (fast) or as a child process (own culture, time zone and console).</summary>
public static class RungsCli
{
    /// <summary>Runs `rungs` in-process and returns its exit code (its console output goes to the test host).</summary>
    public static int Run(params string[] args) => RungsCommandLine.Run(args);

    /// <summary>Runs `dotnet rungs.dll args…` in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static CliRun Exec(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Repo.RungsDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        HangGuard.WaitForExit(process, $"rungs {string.Join(' ', args)}");

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The `dotnet` host that runs the tests, so the child uses the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
