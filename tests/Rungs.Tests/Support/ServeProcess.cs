using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Rungs.Tests.Support;

/// <summary>
/// `rungs serve --port 0` running as a child process on a copy of the sample content: its address, what it has printed so
/// far, a way to edit the content it watches, and a way to send it a signal as a terminal or a shell would. Disposing
/// stops the server (if it still runs) and deletes the copy.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    /// <summary>Generous for a loaded 2-core CI machine; a passing test takes well under a second per wait.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public TempDirectory Folder { get; } = new();

    public Uri Address { get; }

    public string Content => Folder.Combine("content");

    public string Output => string.Join("\n", _lines);

    /// <summary>The server's process id: the child itself, or the background job the shell started.</summary>
    public int ServerId { get; }

    /// <param name="inBackground">
    /// Start it as `sh -c 'rungs serve … &amp; wait $!'` does: a non-interactive shell starts a background job with SIGINT and
    /// SIGQUIT ignored, which is how a script or a CI step runs a server.
    /// </param>
    /// <param name="options">More options for `rungs serve` (e.g. `--host`).</param>
    public ServeProcess(bool inBackground = false, params string[] options)
    {
        CopyFolder(Repo.Content, Content);
        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        string[] serve = [Repo.RungsDll, "serve", "--port", "0", "--content", "content", .. options];
        var start = new ProcessStartInfo(inBackground ? "/bin/sh" : dotnet)
        {
            WorkingDirectory = Folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var args = inBackground
            ? ["-c", "\"$0\" \"$@\" & job=$!; echo \"background job $job\"; wait $job", dotnet, .. serve]
            : serve;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        ServerId = inBackground ? int.Parse(WaitForOutput(BackgroundJobPattern()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : _process.Id;
        var url = WaitForOutput(AddressPattern());
        Address = new Uri(url.Groups[1].Value);
    }

    /// <summary>Sends a signal (`INT`, `TERM`) to the server with the `kill` command, as a terminal's Ctrl+C or a service manager would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, ServerId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the server to end (within <paramref name="limit"/>) and returns its exit code, or null if it still runs.</summary>
    public int? WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit)) return null;
        _process.WaitForExit(); // the output readers finish too
        return _process.ExitCode;
    }

    /// <summary>Waits until the server has printed a line matching <paramref name="pattern"/>.</summary>
    public Match WaitForOutput(Regex pattern)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            foreach (var line in _lines)
                if (pattern.Match(line) is { Success: true } match) return match;
            if (_process.HasExited) break;
            Thread.Sleep(50);
        }

        throw new Xunit.Sdk.XunitException($"rungs serve did not print /{pattern}/ within {Wait.TotalSeconds} s. Output:\n{Output}");
    }

    /// <summary>Writes a content file (path relative to the content folder) as an editor would save it.</summary>
    public void Save(string relative, string text) => File.WriteAllText(Path.Combine(Content, relative), text);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Content, relative));

    /// <summary>Waits until <paramref name="page"/> is served and holds <paramref name="text"/>.</summary>
    public async Task WaitForPageAsync(HttpClient http, string page, string text)
    {
        var watch = Stopwatch.StartNew();
        var last = "";
        while (watch.Elapsed < Wait && !_process.HasExited)
        {
            using var response = await http.GetAsync(page);
            last = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && last.Contains(text, StringComparison.Ordinal)) return;
            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"/{page} did not show \"{text}\" within {Wait.TotalSeconds} s. Output:\n{Output}");
    }

    /// <summary>Copies a folder file by file, as `cp -r` does (the folder first, then each file).</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^background job (\d+)$")]
    private static partial Regex BackgroundJobPattern();

    [GeneratedRegex(@"Serving .* at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressPattern();

    public void Dispose()
    {
        // Stopped as a person would stop it; killed only if that fails (and then a test has already failed on it).
        if (!_process.HasExited)
        {
            Signal("TERM");
            if (!_process.WaitForExit(Wait)) _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(5000);
        _process.Dispose();
        Folder.Dispose();
    }
}
