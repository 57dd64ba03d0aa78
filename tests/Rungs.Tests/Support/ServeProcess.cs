using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Rungs.Tests.Support;

/// <summary>
/// `rungs serve --port 0` running as a child process on a copy of the sample content: its address, what it has printed so
/// far, and a way to edit the content it watches. Disposing stops the server and deletes the copy.
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

    public ServeProcess()
    {
        CopySample(Repo.Content, Content);
        var start = new ProcessStartInfo(Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet")
        {
            WorkingDirectory = Folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Repo.RungsDll, "serve", "--port", "0", "--content", "content" }) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var url = WaitForOutput(AddressPattern());
        Address = new Uri(url.Groups[1].Value);
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

    private static void CopySample(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"Serving .* at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressPattern();

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        Folder.Dispose();
    }
}
