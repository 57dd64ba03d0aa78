using System.Diagnostics;
using Rungs.Tests.Support;

namespace Rungs.Tests.History;

/// <summary>
/// A temporary git repository for history tests: a content folder under it, commits with fixed author and committer
/// dates (so the dates pages show are known), and shallow clones. Git runs isolated from the user's configuration.
/// </summary>
public sealed class GitRepo : IDisposable
{
    private readonly TempDirectory _dir = new();

    public GitRepo()
    {
        Root = _dir.Combine("repo");
        Directory.CreateDirectory(Root);
        Git(Root, null, "init", "-q");
        Git(Root, null, "config", "user.name", "Spec Editor");
        Git(Root, null, "config", "user.email", "editor@example.org");
    }

    /// <summary>The work tree; the site's content folder is <see cref="Content"/> inside it.</summary>
    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    /// <summary>The temporary folder holding the repository, for clones and outputs beside it.</summary>
    public TempDirectory Folder => _dir;

    /// <summary>Writes <paramref name="site"/> as the content folder (files it does not hold are deleted) and commits everything.</summary>
    public string Commit(TestSite site, string date, string subject)
    {
        if (Directory.Exists(Content)) Directory.Delete(Content, recursive: true);
        site.WriteTo(Content);
        Git(Root, null, "add", "-A");
        Git(Root, date, "commit", "-q", "-m", subject);
        return Git(Root, null, "rev-parse", "HEAD").Trim();
    }

    /// <summary>Clones the repository with `git clone --depth N file://…` and returns the clone's content folder.</summary>
    public string ShallowClone(int depth)
    {
        var clone = _dir.Combine($"shallow-{depth}");
        Git(_dir.Path, null, "clone", "-q", "--depth", depth.ToString(System.Globalization.CultureInfo.InvariantCulture), new Uri(Root).AbsoluteUri, clone);
        return Path.Combine(clone, "content");
    }

    /// <summary>Environment for child processes that must not find a repository above the test's temporary folder.</summary>
    public static Dictionary<string, string> Isolated(string folder) => new(GitIsolation.Variables)
    {
        ["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(folder)!,
    };

    /// <summary>Runs git in <paramref name="workingDirectory"/>; fails the test when git fails.</summary>
    public static string Git(string workingDirectory, string? date, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in GitIsolation.Variables) start.Environment[name] = value;
        start.Environment["LC_ALL"] = "C";
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        foreach (var (key, value) in new[] { ("init.defaultBranch", "main"), ("commit.gpgsign", "false"), ("core.autocrlf", "false") })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"{key}={value}");
        }

        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
        return output.Result;
    }

    public void Dispose() => _dir.Dispose();
}
