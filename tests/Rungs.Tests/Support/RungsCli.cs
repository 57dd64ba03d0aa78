using System.Text.Json.Nodes;
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
        Start(workingDirectory, environment, [], [], args);

    /// <summary>
    /// Runs `rungs args…` as a user without privileges: as root (the test machines' user, for whom file permissions do
    /// not stop a read) it runs as `nobody` through setpriv, so that a file made unreadable (chmod 000) is unreadable to rungs.
    /// </summary>
    public static CliRun ExecWithoutPrivileges(string workingDirectory, params string[] args) =>
        Start(workingDirectory, null, Environment.UserName == "root" ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [], [], args);

    /// <summary>
    /// Runs `rungs args…` with <paramref name="locale"/> (e.g. `tr_TR.UTF-8`) and <paramref name="timeZone"/> really in
    /// force. Rungs ships with invariant globalization, under which every culture formats like the invariant one, so a
    /// culture-dependent `ToString()` could never show; the child gets a copy of rungs' runtimeconfig with it off, and
    /// ICU. Without ICU installed the child cannot start and the test fails: it never passes for the wrong reason.
    /// </summary>
    public static CliRun ExecInCulture(string workingDirectory, string locale, string timeZone, params string[] args)
    {
        // The runtimeconfig's System.Globalization.Invariant wins over DOTNET_SYSTEM_GLOBALIZATION_INVARIANT, hence the copy.
        var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(Repo.RungsDll, ".runtimeconfig.json")))!;
        config["runtimeOptions"]!["configProperties"]!["System.Globalization.Invariant"] = false;
        var configPath = Path.Combine(workingDirectory, "rungs.with-cultures.runtimeconfig.json");
        File.WriteAllText(configPath, config.ToJsonString());

        return Start(workingDirectory, new Dictionary<string, string>
        {
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
            ["TZ"] = timeZone,
            ["LANG"] = locale,
            ["LC_ALL"] = locale,
        }, [], ["exec", "--runtimeconfig", configPath], args);
    }

    /// <summary>Runs rungs behind <paramref name="runAs"/> (a command such as setpriv), with host options before its dll.</summary>
    private static CliRun Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] runAs, string[] hostOptions, string[] args)
    {
        using var process = RungsProcess.Start(workingDirectory, environment, runAs, hostOptions, args);
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
