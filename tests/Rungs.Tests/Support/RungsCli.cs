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
        using var process = RungsProcess.Start(workingDirectory, environment, runAs, args);
        return process.Finish();
    }

    /// <summary>The `dotnet` host that runs the tests, so the child uses the same runtime.</summary>
    public static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
