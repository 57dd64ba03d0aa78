using Rungs.Tests.Support;

namespace Rungs.Tests.Scaffolding;

/// <summary>
/// Rungs as a .NET tool, the way a site repository gets it: `dotnet pack` of the built CLI, installed from that local
/// package folder (into a tool path, and as the site's local tool through `dotnet tool restore`), then `rungs init`,
/// `check` and `build` in a folder outside this repository, with the theme that came in the package.
/// </summary>
public sealed class PackedToolTests(PackedToolTests.PackedTool tool) : IClassFixture<PackedToolTests.PackedTool>
{
    [Fact]
    public void The_installed_tool_starts_a_site_that_checks_clean_and_builds_with_its_own_theme()
    {
        using var dir = new TempDirectory();

        var init = tool.Rungs(dir.Path, "init", "hr-site", "--title", "Acme Job Classes");
        Assert.True(init.ExitCode == 0, init.Stdout + init.Stderr);
        var site = dir.Combine("hr-site");
        var check = tool.Rungs(site, "check", "--warnings-as-errors");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        var build = tool.Rungs(site, "build", "--warnings-as-errors");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);

        Assert.Contains("Acme Job Classes", File.ReadAllText(Path.Combine(site, "output", "index.html")), StringComparison.Ordinal);
        // The built-in theme, from the package: the same stylesheet as this repository's default theme.
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Themes, "default", "assets", "site.css")), File.ReadAllBytes(Path.Combine(site, "output", "assets", "site.css")));
    }

    [Fact]
    public void A_site_made_by_init_builds_on_netlify_with_the_tool_from_its_manifest()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, tool.Rungs(dir.Path, "init", "hr-site").ExitCode);
        var site = dir.Combine("hr-site");
        // The package is not on nuget.org in these tests: the site's feed is the folder the test packed into.
        File.WriteAllText(Path.Combine(site, "nuget.config"), tool.FeedConfig);
        // Restored packages, and the resolver cache that maps the manifest's tool to one (~/.dotnet/toolResolverCache,
        // under DOTNET_CLI_HOME), stay in this test's folder: a cache entry left in the home folder would point the next
        // run, and the user's own `dotnet rungs`, at a folder deleted with this test.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = dir.Combine("nuget-packages"), ["DOTNET_CLI_HOME"] = dir.Combine("dotnet-home") };

        // What Netlify runs (netlify.toml's build command), as a production deploy of the site at its URL; the SDK is here.
        environment["CONTEXT"] = "production";
        environment["URL"] = "https://jobs.acme.example";
        var netlify = ChildProcess.Run("bash", site, environment, Path.Combine("scripts", "netlify-build.sh"));
        Assert.True(netlify.ExitCode == 0, netlify.Stdout + netlify.Stderr);
        Assert.Contains("Tool 'rungs' (version '0.1.0') was restored.", netlify.Stdout, StringComparison.Ordinal);
        Assert.Contains("<loc>https://jobs.acme.example/series/administrative-support/</loc>", File.ReadAllText(Path.Combine(site, "output", "sitemap.xml")), StringComparison.Ordinal);

        // And what a person runs after `dotnet tool restore`.
        var check = ChildProcess.Run(RungsCli.DotnetHost(), site, environment, "rungs", "check", "--warnings-as-errors");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    /// <summary>One pack and one install for the class: `dotnet pack --no-build` of the CLI the tests were built with.</summary>
    public sealed class PackedTool : IDisposable
    {
        private readonly TempDirectory _dir = new();

        public PackedTool()
        {
            var packages = _dir.Combine("nupkg");
            FeedConfig = $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="rungs-under-test" value="{packages}" />
                  </packageSources>
                </configuration>
                """;
            var config = _dir.WriteText("nuget.config", FeedConfig);
            // The configuration the tests were built in (bin/Debug or bin/Release), so the pack takes the CLI as built.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var noNodes = new Dictionary<string, string> { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0" };
            Succeed(ChildProcess.Run(RungsCli.DotnetHost(), Repo.Root, noNodes,
                "pack", Path.Combine("generator", "Rungs.Cli"), "--no-build", "-c", configuration, "-o", packages, "-v", "q", "-nologo"));
            Succeed(ChildProcess.Run(RungsCli.DotnetHost(), _dir.Path, null,
                "tool", "install", "Rungs", "--tool-path", _dir.Combine("tools"), "--configfile", config));
            ToolPath = _dir.Combine("tools", OperatingSystem.IsWindows() ? "rungs.exe" : "rungs");
        }

        /// <summary>A nuget.config whose only feed is the folder the tool was packed into.</summary>
        public string FeedConfig { get; }

        /// <summary>The installed `rungs` command.</summary>
        public string ToolPath { get; }

        /// <summary>Runs the installed `rungs` in <paramref name="folder"/>.</summary>
        public CliRun Rungs(string folder, params string[] args) => ChildProcess.Run(ToolPath, folder, null, args);

        public void Dispose() => _dir.Dispose();

        private static void Succeed(CliRun run) =>
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Stdout}\n{run.Stderr}");
    }
}
