using System.Diagnostics;
using System.Text;
using Rungs.Corpus;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Parsing;
using Rungs.Tests.Support;
using Xunit.Abstractions;

namespace Rungs.Tests.Hardening;

/// <summary>
/// Thousands of malformed files, mutated deterministically from the sample content, go through the parse and link
/// stages in memory, each beside an intact site.yml (or as the site.yml): none may throw, none may hang, and every
/// diagnostic names a file and a line and column inside it. A failure names the case and writes the file to replay it.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    // Fixed, so every run tests the same files; RUNGS_FUZZ_SEED and RUNGS_FUZZ_CASES explore further by hand.
    private static readonly ulong Seed = ulong.TryParse(Environment.GetEnvironmentVariable("RUNGS_FUZZ_SEED"), out var seed) ? seed : 20_240_707;
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("RUNGS_FUZZ_CASES"), out var cases) ? cases : 4_000;

    private sealed record Sample(string RelativePath, byte[] Bytes);

    private static List<Sample> Samples() =>
        Directory.EnumerateFiles(Repo.Content, "*", SearchOption.AllDirectories)
            .Select(p => new Sample(Path.GetRelativePath(Repo.Content, p).Replace('\\', '/'), File.ReadAllBytes(p)))
            .Where(s => ContentReader.IsContentFile(s.RelativePath))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Thousands_of_mutated_files_never_crash_or_hang_the_build_and_every_diagnostic_has_a_position()
    {
        var samples = Samples();
        var siteYml = samples.Single(s => s.RelativePath == "site.yml");
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;

        for (var n = 0; n < Cases && failures.Count < 5; n++)
        {
            var sample = samples[n % samples.Count];
            var bytes = ContentMutator.Mutate(sample.Bytes, SeededRandom.Derive(Seed, 1, (ulong)n));
            var watch = Stopwatch.StartNew();
            string? failure;
            try
            {
                failure = HangGuard.Run($"case {n}", cancel => Problems(sample.RelativePath, bytes, siteYml, cancel));
            }
            catch (Xunit.Sdk.XunitException hang)
            {
                failure = hang.Message;
            }
            catch (Exception e)
            {
                failure = e.ToString();
            }

            // Timed for the report only (the worst inputs known take about a second): how fast is not what this tests.
            if (watch.Elapsed > slowest) slowest = watch.Elapsed;
            if (failure is not null) failures.Add(Report(n, sample.RelativePath, bytes, failure));
        }

        output.WriteLine($"{Cases} cases from seed {Seed}; the slowest took {(int)slowest.TotalMilliseconds} ms");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Parses and links one mutated file; returns what is wrong with the outcome, or null.</summary>
    private static string? Problems(string relativePath, byte[] bytes, Sample siteYml, CancellationToken cancel)
    {
        var problems = new DiagnosticList();
        var files = new List<SourceFile> { ContentReader.Load(relativePath, "content/" + relativePath, bytes.Length, () => bytes, problems) };
        if (relativePath != siteYml.RelativePath)
            files.Insert(0, ContentReader.Load(siteYml.RelativePath, "content/" + siteYml.RelativePath, siteYml.Bytes.Length, () => siteYml.Bytes, problems));

        var parsed = ParseStage.Run(new ContentSources(files, problems.Items));
        cancel.ThrowIfCancellationRequested(); // abandoned by the hang guard
        var linked = LinkStage.Run(parsed);

        var lineCounts = files.ToDictionary(f => f.DisplayPath, f => (f.Text ?? Encoding.Latin1.GetString(bytes)).Count(c => c == '\n') + 1);
        foreach (var d in parsed.Diagnostics.Concat(linked.Diagnostics))
        {
            if (!lineCounts.TryGetValue(d.Position.Path, out var lines)) return $"a diagnostic names a file that is not there: {d}";
            if (d.Position.Line < 1 || d.Position.Column < 1) return $"a diagnostic has no line or column: {d}";
            if (d.Position.Line > lines + 1) return $"a diagnostic points past the end of the file ({lines} lines): {d}";
        }

        return null;
    }

    /// <summary>The failure, with the mutated file written out so it can be run through `rungs check` by hand.</summary>
    private static string Report(int n, string relativePath, byte[] bytes, string failure)
    {
        var replay = Path.Combine(Path.GetTempPath(), $"rungs-fuzz-{n}-{Path.GetFileName(relativePath)}");
        File.WriteAllBytes(replay, bytes);
        return $"case {n} ({relativePath}, seed {Seed}; the file is at {replay}): {failure}";
    }
}
