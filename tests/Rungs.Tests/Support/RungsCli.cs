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
    public static CliRun Exec(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Exec(workingDirectory, environment, [], args);

    /// <summary>
    /// Runs `rungs args…` as a user without privileges: as root (the test machines' user, for whom file permissions do
    /// not stop a read) it runs as `nobody` through setpriv, so that a file made unreadable (chmod 000) is unreadable to rungs.
    /// </summary>
    public static CliRun ExecWithoutPrivileges(string workingDirectory, params string[] args) =>
        Exec(workingDirectory, null, Environment.UserName == "root" ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [], args);

    private static CliRun Exec(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] runAs, string[] args)
    {
        var start = new ProcessStartInfo(runAs.Length > 0 ? runAs[0] : DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in runAs.Skip(1)) start.ArgumentList.Add(arg);
        if (runAs.Length > 0) start.ArgumentList.Add(DotnetHost());
        start.ArgumentList.Add(Repo.RungsDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"rungs {string.Join(' ', args)} did not finish within 60 s");
        }

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
