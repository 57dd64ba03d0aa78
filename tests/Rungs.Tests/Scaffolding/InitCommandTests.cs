using Rungs.Content;
using Rungs.Scaffolding;
using Rungs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Rungs.Tests.Scaffolding;

/// <summary>`rungs init`: a new folder gets a site that checks clean and builds; a folder with anything in it is refused; bad flags are usage errors.</summary>
public sealed class InitCommandTests
{
    private static readonly string[] StarterPaths =
    [
        ".config/dotnet-tools.json",
        ".github/workflows/rungs-review.yml",
        ".gitignore",
        "README.md",
        "content/competencies/communication.md",
        "content/competencies/planning-and-organising.md",
        "content/job-models/office-support.md",
        "content/ksas/filing-systems.md",
        "content/ksas/office-software.md",
        "content/pay/staff.yml",
        "content/series/administrative-support/_series.md",
        "content/series/administrative-support/administrative-assistant-1.md",
        "content/series/administrative-support/administrative-assistant-2.md",
        "content/site.yml",
        "netlify.toml",
        "scripts/netlify-build.sh",
    ];

    [Fact]
    public void A_new_folder_gets_the_starter_site_which_checks_clean_with_warnings_as_errors_and_builds()
    {
        using var dir = new TempDirectory();

        var init = RungsCli.Exec(dir.Path, null, "init", "hr-site", "--title", "Acme Job Classes", "--organisation", "Acme Council", "--base-url", "HTTPS://Jobs.Acme.example");
        Assert.True(init.ExitCode == 0, init.Stderr);
        Assert.Contains("Started a site in hr-site: 16 files.", init.Stdout, StringComparison.Ordinal);
        Assert.Contains("dotnet rungs serve", init.Stdout, StringComparison.Ordinal);

        var site = dir.Combine("hr-site");
        Assert.Equal(StarterPaths, FolderSnapshot.Take(site).Keys);
        var config = File.ReadAllText(Path.Combine(site, "content", "site.yml"));
        Assert.Contains("\ntitle: \"Acme Job Classes\"\norganisation: \"Acme Council\"\n", config, StringComparison.Ordinal);
        Assert.Contains("\nbase_url: \"https://jobs.acme.example/\"\n", config, StringComparison.Ordinal);

        var check = RungsCli.Exec(site, null, "check", "--warnings-as-errors");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain("warning", check.Stdout + check.Stderr, StringComparison.OrdinalIgnoreCase);
        var build = RungsCli.Exec(site, null, "build", "--warnings-as-errors");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);

        var home = Html.TextOf(File.ReadAllText(Path.Combine(site, "output", "index.html")));
        Assert.Contains("Acme Job Classes", home, StringComparison.Ordinal);
        Assert.Contains("Acme Council", home, StringComparison.Ordinal);
        Assert.Contains("https://jobs.acme.example/", File.ReadAllText(Path.Combine(site, "output", "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_starter_site_shows_every_feature_of_a_class()
    {
        var site = TestSite.FromFiles(StarterContent(Settings())).BuildClean();

        var level2 = site.Text("series/administrative-support/administrative-assistant-2/index.html");
        foreach (var fact in new[]
        {
            "Code ADM102", "HRIS title ADMIN ASST 2", "Pay grade 12", "Pay range $42,200 – $57,300 a year", "FLSA status Non-exempt",
            "Probation period 6 months", "Effective date July 1, 2026", "O*NET-SOC code 43-6014.00", "ISCO-08 code 4120",
            "This class also performs the work of the level below", "This class is distinguished from",
            "Knowledge of", "Minimum Qualifications", "Planning and Organising", "Office Software", "Office Support",
        })
            Assert.Contains(fact, level2, StringComparison.Ordinal);
        Assert.Contains("Communication", site.Text("series/administrative-support/index.html"), StringComparison.Ordinal);
        Assert.Contains("Level I", site.Text("series/administrative-support/compare/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_flags_the_title_has_a_default_and_the_organisation_and_address_are_offered_as_comments()
    {
        var config = StarterText("content/site.yml", new StarterSettings(StarterSettings.DefaultTitle, null, null, "0.1.0"));

        Assert.Contains("\ntitle: \"Job classifications\"\n# organisation: ", config, StringComparison.Ordinal);
        Assert.Contains("\n# base_url: \"https://jobs.example.org/\"\n", config, StringComparison.Ordinal);
        TestSite.FromFiles(StarterContent(new StarterSettings(StarterSettings.DefaultTitle, null, null, "0.1.0"))).BuildClean();
    }

    [Fact]
    public void Titles_with_quotes_colons_and_the_starter_s_own_tokens_are_written_as_they_are()
    {
        const string title = "HR: \"Jobs\" #1 \\ {{rungs:organisation}}";
        var config = new YamlStream();
        config.Load(new StringReader(StarterText("content/site.yml", new StarterSettings(title, "Acme: Jobs", null, "0.1.0"))));
        var root = (YamlMappingNode)config.Documents[0].RootNode;

        Assert.Equal(title, ((YamlScalarNode)root["title"]).Value);
        Assert.Equal("Acme: Jobs", ((YamlScalarNode)root["organisation"]).Value);
    }

    [Fact]
    public void The_tool_manifest_pins_the_version_of_rungs_that_wrote_the_site_and_the_workflow_restores_it()
    {
        var manifest = StarterText(".config/dotnet-tools.json", Settings());
        var workflow = StarterText(".github/workflows/rungs-review.yml", Settings());
        var netlify = StarterText("scripts/netlify-build.sh", Settings());

        Assert.Contains("\"rungs\": {\n      \"version\": \"9.8.7\",\n      \"commands\": [\n        \"rungs\"\n      ]", manifest, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", workflow, StringComparison.Ordinal);
        Assert.Contains("run: dotnet tool restore", workflow, StringComparison.Ordinal);
        Assert.Contains("run: dotnet rungs check --format github", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("generator/", workflow, StringComparison.Ordinal);
        Assert.Contains("\ndotnet tool restore\n", netlify, StringComparison.Ordinal);
        Assert.Contains("\ndotnet rungs build --content content --output output --base-url \"$base_url\" \"$@\"\n", netlify, StringComparison.Ordinal);
        Assert.Contains("command = \"bash scripts/netlify-build.sh\"", StarterText("netlify.toml", Settings()), StringComparison.Ordinal);
        // Deploy previews build drafts, as this repository's own netlify.toml does.
        Assert.Contains("[context.deploy-preview]\n  command = \"bash scripts/netlify-build.sh --drafts\"", StarterText("netlify.toml", Settings()), StringComparison.Ordinal);
        Assert.Contains("/output/", StarterText(".gitignore", Settings()), StringComparison.Ordinal);
        Assert.All(StarterSite.Files(Settings()), file => Assert.DoesNotContain("{{rungs:", file.Text, StringComparison.Ordinal));
        Assert.Equal("9.8.7", System.Text.Json.JsonDocument.Parse(manifest).RootElement.GetProperty("tools").GetProperty("rungs").GetProperty("version").GetString());
        new YamlStream().Load(new StringReader(workflow));
    }

    [Fact]
    public void A_folder_that_holds_anything_is_refused_and_left_as_it_was()
    {
        using var dir = new TempDirectory();
        dir.WriteText("notes.txt", "mine");
        dir.WriteText(".hidden/keep", "also mine");
        var before = FolderSnapshot.Take(dir.Path);

        var run = RungsCli.Exec(dir.Path, null, "init");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(". is not empty (it holds .hidden, notes.txt); rungs init starts a site only in an empty folder, so nothing was written", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(dir.Path));
        Assert.Equal([".hidden"], Directory.GetDirectories(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_holding_only_git_s_own_folder_is_empty_enough()
    {
        using var dir = new TempDirectory();
        dir.WriteText(".git/HEAD", "ref: refs/heads/main\n");

        Assert.Equal(0, RungsCli.Run("init", dir.Path));

        Assert.True(File.Exists(dir.Combine("content", "site.yml")));
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(dir.Combine(".git", "HEAD")));
    }

    [Fact]
    public void A_folder_name_with_control_characters_is_printed_escaped_never_raw()
    {
        using var dir = new TempDirectory();

        var run = RungsCli.Exec(dir.Path, null, "init", "site\u001b[2Jx");

        Assert.Equal(0, run.ExitCode);
        Assert.True(Directory.Exists(dir.Combine("site\u001b[2Jx")));
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.Contains("  cd site", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var file = dir.WriteText("site", "a file");

        var run = RungsCli.Exec(dir.Path, null, "init", "site");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site is a file, not a folder; nothing was written", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("a file", File.ReadAllText(file));
    }

    [Fact]
    public void A_disk_that_fills_up_part_way_leaves_the_folder_as_it_was_so_init_can_run_again()
    {
        using var dir = new TempDirectory();
        // Each small file takes a 4 KB page of a tmpfs: 32 KB hold about half of the starter.
        using var disk = new SmallDisk(dir.Combine("disk"), 32);
        Directory.CreateDirectory(Path.Combine(disk.Folder, "empty"));

        var run = RungsCli.Exec(disk.Folder, null, "init", "empty");
        var created = RungsCli.Exec(disk.Folder, null, "init", "new-site");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("could not read or write a file: No space left on device", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(disk.Folder, "empty")));
        Assert.Equal(1, created.ExitCode);
        Assert.Equal(["empty"], Directory.EnumerateFileSystemEntries(disk.Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--title", "Jobs\nInjected: true")]
    [InlineData("--title", "Jobs\u2028more")]
    [InlineData("--title", "  ")]
    [InlineData("--organisation", "Acme\u001b[31m")]
    [InlineData("--base-url", "ftp://jobs.example.org/")]
    [InlineData("--base-url", "https://jobs.example.org/\"><script>")]
    [InlineData("--base-url", "jobs.example.org")]
    public void A_bad_flag_is_a_usage_error_and_writes_nothing(string option, string value)
    {
        using var dir = new TempDirectory();

        var run = RungsCli.Exec(dir.Path, null, "init", "site", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    private static StarterSettings Settings() => new("Acme Job Classes", "Acme Council", BaseUrl.Parse("https://jobs.acme.example/"), "9.8.7");

    [Fact]
    public void The_starter_installs_the_SDK_exactly_as_this_repository_s_Netlify_build_does()
    {
        // The starter's script is a template copy (a site repository has no generator to share it from): its SDK steps,
        // from the first command to the end of the install, must stay those of scripts/netlify-build.sh.
        static string SdkSteps(string script)
        {
            var start = script.IndexOf("set -euo pipefail", StringComparison.Ordinal);
            var end = script.IndexOf("\n  fi\nfi\n", StringComparison.Ordinal);
            Assert.True(start > 0 && end > start, "the script lost a marker of its SDK steps");
            return script[start..(end + "\n  fi\nfi\n".Length)];
        }

        var ours = SdkSteps(File.ReadAllText(Path.Combine(Repo.Root, "scripts", "netlify-build.sh")));

        Assert.Contains("dotnet-install.sh --channel 10.0", ours, StringComparison.Ordinal);
        Assert.Equal(ours, SdkSteps(StarterText("scripts/netlify-build.sh", Settings())));
    }

    private static string StarterText(string path, StarterSettings settings) => StarterSite.Files(settings).Single(file => file.Path == path).Text;

    /// <summary>The starter's content folder as TestSite files (paths relative to content/).</summary>
    private static Dictionary<string, string> StarterContent(StarterSettings settings) =>
        StarterSite.Files(settings)
            .Where(file => file.Path.StartsWith("content/", StringComparison.Ordinal))
            .ToDictionary(file => file.Path["content/".Length..], file => file.Text, StringComparer.Ordinal);
}
