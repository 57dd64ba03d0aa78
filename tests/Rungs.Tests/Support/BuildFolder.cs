namespace Rungs.Tests.Support;

/// <summary>
/// A temporary folder holding `content/` (a <see cref="TestSite"/>) and room for `output/` beside it, with `rungs build`
/// run as a real child process there, optionally stopped at one of the output swap's test pause points.
/// </summary>
public sealed class BuildFolder : IDisposable
{
    public BuildFolder(TestSite site)
    {
        site.WriteTo(Content);
        Directory.CreateDirectory(PauseFolder);
    }

    public TempDirectory Dir { get; } = new();

    public string Content => Dir.Combine("content");

    public string Output => Dir.Combine("output");

    private string PauseFolder => Dir.Combine("pause");

    /// <summary>Runs `rungs build --content content --output output extra…` to its end.</summary>
    public CliRun Build(params string[] extra) => RungsCli.Exec(Dir.Path, null, ["build", "--content", "content", "--output", "output", .. extra]);

    /// <summary>Starts a build that stops at <paramref name="point"/> of the swap (RUNGS_TEST_PAUSE_AT) until <see cref="Resume"/>.</summary>
    public RungsProcess StartPausedAt(string point, IReadOnlyDictionary<string, string>? environment = null, params string[] extra)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["RUNGS_TEST_PAUSE_AT"] = point,
            ["RUNGS_TEST_PAUSE_DIR"] = PauseFolder,
        };
        var process = RungsProcess.Start(Dir.Path, variables, ["build", "--content", "content", "--output", "output", .. extra]);
        process.WaitForFile(Path.Combine(PauseFolder, point + ".reached"));
        return process;
    }

    /// <summary>Lets a build stopped at <paramref name="point"/> go on.</summary>
    public void Resume(string point) => File.WriteAllText(Path.Combine(PauseFolder, point + ".go"), "");

    /// <summary>The names of the swap's staging and retired folders beside the output (`.output.rungs-output-…`).</summary>
    public IReadOnlyList<string> SwapFolders() =>
        Directory.EnumerateFileSystemEntries(Dir.Path, ".output.rungs-output-*").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToList();

    /// <summary>Replaces one content file (path relative to content/).</summary>
    public void Save(string relative, string text) => Dir.WriteText("content/" + relative, text);

    public void Dispose() => Dir.Dispose();
}
