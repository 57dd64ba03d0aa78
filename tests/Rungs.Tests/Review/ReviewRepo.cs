using System.Diagnostics;
using System.Globalization;
using Rungs.Tests.Support;

namespace Rungs.Tests.Review;

/// <summary>
/// A temporary git repository holding a content folder at `content/`, for `rungs diff` tests. Git runs with a fixed
/// identity, fixed dates (one minute apart per commit), no system or global configuration and SHA-1 objects, so the
/// same files and commits give the same commit ids on any machine.
/// </summary>
public sealed class ReviewRepo : IDisposable
{
    private readonly TempDirectory _dir = new();
    private int _commits;

    private ReviewRepo()
    {
        Git("init", "--quiet", "--object-format=sha1", "--initial-branch=main");
        // Set locally as well, as a person would; the environment below pins them anyway.
        Git("config", "user.name", "Rungs Tests");
        Git("config", "user.email", "tests@rungs.invalid");
        Git("config", "core.autocrlf", "false");
    }

    public string Root => _dir.Path;

    public string Content => _dir.Combine("content");

    /// <summary>A repository whose content folder holds <paramref name="site"/>, committed (and tagged, when a tag is given).</summary>
    public static ReviewRepo With(TestSite site, string? tag = null)
    {
        var repo = new ReviewRepo();
        repo.Replace(site);
        repo.Commit("initial content", tag);
        return repo;
    }

    /// <summary>A repository whose content folder is a copy of the repository's sample site, committed.</summary>
    public static ReviewRepo WithSampleContent(string? tag = null)
    {
        var repo = new ReviewRepo();
        foreach (var file in Directory.EnumerateFiles(Repo.Content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Repo.Content, file).Replace('\\', '/');
            repo.WriteBytes(relative, File.ReadAllBytes(file));
        }

        repo.Commit("sample content", tag);
        return repo;
    }

    /// <summary>Makes the content folder exactly <paramref name="site"/> (files not in it are deleted).</summary>
    public void Replace(TestSite site)
    {
        if (Directory.Exists(Content)) Directory.Delete(Content, recursive: true);
        site.WriteTo(Content);
    }

    public void Write(string relative, string text) => WriteBytes(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Replaces <paramref name="find"/> (which must occur exactly once) in a content file.</summary>
    public void Edit(string relative, string find, string replace)
    {
        var path = Path.Combine(Content, relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"`{find}` must occur exactly once in {relative}");
        Write(relative, text[..at] + replace + text[(at + find.Length)..]);
    }

    public void Move(string from, string to) => Git("mv", "content/" + from, "content/" + to);

    public void Delete(string relative) => Git("rm", "--quiet", "content/" + relative);

    /// <summary>Commits everything in the work tree and returns the commit id.</summary>
    public string Commit(string message, string? tag = null)
    {
        Git("add", "--all");
        var date = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(_commits++).ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
        Run(Root, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "commit", "--quiet", "--allow-empty", "-m", message);
        if (tag is not null) Git("tag", tag);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Short(string revision) => Git("rev-parse", revision).Trim()[..7];

    /// <summary>Runs git in the repository and returns its output; fails the test on a non-zero exit.</summary>
    public string Git(params string[] args) => Run(Root, null, args);

    /// <summary>Runs git in <paramref name="workingDirectory"/> with the fixed environment (plus <paramref name="environment"/>).</summary>
    public static string Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in GitIsolation.Variables) start.Environment[name] = value;
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Rungs Tests";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "tests@rungs.invalid";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    private void WriteBytes(string relative, byte[] bytes)
    {
        var full = Path.Combine([Content, .. relative.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Dispose() => _dir.Dispose();
}
