using System.CommandLine;
using System.Reflection;
using System.Text;
using Rungs.Cli.Terminal;
using Rungs.Scaffolding;

namespace Rungs.Cli.Commands;

/// <summary>
/// `rungs init [DIR]`: starts a site in an empty folder (Scaffolding/StarterSite: content, netlify.toml, the review
/// workflow, the tool manifest, .gitignore, a README). Exit 0 written; 1 the folder is not empty or could not be written
/// (nothing is left behind); 2 a bad --title, --organisation or --base-url.
/// </summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir")
        {
            Description = "The folder to start the site in: new, or empty (a .git folder alone is fine). Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var title = OneLineOption("--title", $"The site's title (one line); default \"{StarterSettings.DefaultTitle}\".");
        title.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && text.Trim().Length == 0) result.AddError("--title must not be empty");
        });
        var organisation = OneLineOption("--organisation", "Who publishes the specs (one line), shown in the footer and on the home page.");
        var baseUrl = new Option<string?>("--base-url") { Description = "The absolute URL the site will be published at (https://…)." };
        baseUrl.Validators.Add(result =>
        {
            if (SiteOptions.BaseUrlProblem(result.GetValueOrDefault<string?>()) is { } problem) result.AddError(problem);
        });

        var command = new Command("init", "Start a new site: sample specs to edit, Netlify and pull-request review set up, Rungs as a local tool.")
        {
            folder, title, organisation, baseUrl,
        };
        command.SetAction(parsed =>
        {
            var settings = new StarterSettings(
                parsed.GetValue(title)?.Trim() ?? StarterSettings.DefaultTitle,
                parsed.GetValue(organisation) is { } org && org.Trim().Length > 0 ? org.Trim() : null,
                SiteOptions.ParseBaseUrl(parsed.GetValue(baseUrl)),
                ToolVersion());
            return Init(parsed.GetValue(folder)!, settings);
        });
        return command;
    }

    private static Option<string?> OneLineOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && NewArguments.OneLineProblem(name, text) is { } problem) result.AddError(problem);
        });
        return option;
    }

    /// <summary>This build's package version (`0.1.0`, without the `+commit` the SDK appends), which the site's tool manifest pins.</summary>
    private static string ToolVersion()
    {
        var version = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
        return version.Split('+')[0];
    }

    private static int Init(string folder, StarterSettings settings)
    {
        var report = new Reporter();
        if (File.Exists(folder))
        {
            report.UsageError($"{folder} is a file, not a folder; nothing was written");
            report.Hint("name a new folder: `rungs init my-site`");
            return RungsCommandLine.ContentErrors;
        }

        if (Directory.Exists(folder) && Entries(folder) is { Count: > 0 } entries)
        {
            report.UsageError($"{folder} is not empty (it holds {Listed(entries)}); rungs init starts a site only in an empty folder, so nothing was written");
            report.Hint("name a new folder: `rungs init my-site`");
            return RungsCommandLine.ContentErrors;
        }

        var files = StarterSite.Files(settings);
        Write(folder, files);
        // The folder as typed may hold control characters: shown escaped, as every path rungs prints.
        var shown = Rungs.Diagnostics.TerminalText.Escape(folder);
        Console.Out.WriteLine($"Started a site in {shown}: {files.Count} files.");
        Console.Out.WriteLine("Next:");
        if (folder != ".") Console.Out.WriteLine($"  cd {shown}");
        Console.Out.WriteLine("  dotnet tool restore     # Rungs as this site's own tool (.config/dotnet-tools.json)");
        Console.Out.WriteLine("  dotnet rungs serve      # preview at http://127.0.0.1:4000/ while you edit content/");
        Console.Out.WriteLine("README.md says how to publish it with Netlify and review changes in pull requests.");
        return RungsCommandLine.Success;
    }

    /// <summary>What the folder holds, apart from a lone `.git` (an empty repository just cloned or made by `git init`).</summary>
    private static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .Where(name => name != ".git")
            .Order(StringComparer.Ordinal)
            .ToList()!;

    private static string Listed(List<string> entries) =>
        entries.Count <= 3 ? string.Join(", ", entries) : string.Join(", ", entries.Take(3)) + $" and {entries.Count - 3} more";

    /// <summary>
    /// Writes every file, never over an existing one; when one cannot be written (a full disk, a file made meanwhile),
    /// removes the files and folders it made before, so the folder is as it was and `rungs init` can simply run again.
    /// </summary>
    private static void Write(string folder, IReadOnlyList<StarterFile> files)
    {
        var made = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine([folder, .. file.Path.Split('/')]);
                MakeFolders(Path.GetDirectoryName(Path.GetFullPath(path))!, made);
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    made.Add(path);
                    stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Text));
                }

                if (file.Path.EndsWith(".sh", StringComparison.Ordinal) && !OperatingSystem.IsWindows())
                    File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Newest first: files before the folders that hold them.
            for (var i = made.Count - 1; i >= 0; i--)
                if (File.Exists(made[i])) File.Delete(made[i]);
                else if (Directory.Exists(made[i])) Directory.Delete(made[i]);
            throw;
        }
    }

    /// <summary>Creates <paramref name="folder"/> and its missing parents, noting each one made, outermost first.</summary>
    private static void MakeFolders(string folder, List<string> made)
    {
        if (Directory.Exists(folder)) return;
        MakeFolders(Path.GetDirectoryName(folder)!, made);
        Directory.CreateDirectory(folder);
        made.Add(folder);
    }
}
