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
    private readonly ServeStart _start;

    public TempDirectory Folder { get; } = new();

    public Uri Address { get; }

    public string Content => Folder.Combine("content");

    public string Output => string.Join("\n", _lines);

    /// <summary>The server's process id (not the shell's or `script`'s that started it).</summary>
    public int ServerId { get; }

    /// <param name="start">How the server is started: directly, as a shell's background job, or at a terminal.</param>
    /// <param name="options">More options for `rungs serve` (e.g. `--host`).</param>
    public ServeProcess(ServeStart start = ServeStart.Direct, params string[] options)
    {
        _start = start;
        CopyFolder(Repo.Content, Content);
        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        string[] serve = [dotnet, Repo.RungsDll, "serve", "--port", "0", "--content", "content", .. options];
        var command = string.Join(' ', serve.Select(arg => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        string[] args = start switch
        {
            // A non-interactive shell starts a background job with SIGINT and SIGQUIT ignored: how a script or CI step runs a server.
            ServeStart.Background => ["/bin/sh", "-c", $"{command} & job=$!; echo \"server pid $job\"; wait $job"],
            // `script` gives the server a terminal of its own, where Ctrl+C is a typed character, as at a person's keyboard.
            ServeStart.Terminal => ["script", "--quiet", "--return", "--command", $"echo \"server pid $$\"; exec {command}", "/dev/null"],
            _ => serve,
        };
        var info = new ProcessStartInfo(args[0])
        {
            WorkingDirectory = Folder.Path,
            RedirectStandardInput = start == ServeStart.Terminal,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args.Skip(1)) info.ArgumentList.Add(arg);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        ServerId = start == ServeStart.Direct ? _process.Id : int.Parse(WaitForOutput(ServerPidPattern()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var url = WaitForOutput(AddressPattern());
        Address = new Uri(url.Groups[1].Value);
    }

    /// <summary>Types Ctrl+C at the server's terminal (<see cref="ServeStart.Terminal"/> only): the terminal sends it SIGINT.</summary>
    public void TypeCtrlC()
    {
        Assert.Equal(ServeStart.Terminal, _start);
        _process.StandardInput.Write('\u0003');
        _process.StandardInput.Flush();
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

    [GeneratedRegex(@"server pid (\d+)")]
    private static partial Regex ServerPidPattern();

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

/// <summary>How a test starts `rungs serve`.</summary>
public enum ServeStart
{
    /// <summary>As a child process of the test.</summary>
    Direct,

    /// <summary>As `sh -c 'rungs serve … &amp; wait $!'`: a background job of a non-interactive shell, SIGINT ignored.</summary>
    Background,

    /// <summary>At a terminal of its own (`script`), where Ctrl+C can be typed.</summary>
    Terminal,
}
