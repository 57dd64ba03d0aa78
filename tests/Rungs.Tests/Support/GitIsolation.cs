using System.Runtime.CompilerServices;

namespace Rungs.Tests.Support;

/// <summary>
/// Isolates every git process the tests start — their own helpers, Rungs in this process, and every child process
/// (`rungs`, the dev server) — from the machine: no system or user configuration, and no repository found above the
/// temporary folder, so a test never reads the checkout's history or a developer's settings by accident.
/// </summary>
public static class GitIsolation
{
    /// <summary>Where git stops looking for a repository: the temporary folder that holds every test's folders.</summary>
    public static string Ceiling { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.GetTempPath()));

    /// <summary>The variables, set for this process before any test runs so that every process it starts inherits them.</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>
    {
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CEILING_DIRECTORIES"] = Ceiling,
    };

    // A module initializer is meant for applications, hence CA2255; here it is the one point that runs before any test.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        foreach (var (name, value) in Variables) Environment.SetEnvironmentVariable(name, value);
    }
}
