using System.Globalization;
using System.Text;

using Rungs.Output;

namespace Rungs.Corpus;

/// <summary>Why a folder may not receive a corpus, and what to do about it.</summary>
public sealed record CorpusTargetProblem(string Message, string Hint);

/// <summary>What was written: how many files and bytes (the marker file not counted).</summary>
public sealed record CorpusWriteSummary(int Files, long Bytes);

/// <summary>
/// Writes a corpus to disk, the way `rungs build` writes a site: into a staging folder beside the target, swapped into
/// place when complete. It replaces only a folder that an earlier corpus run made (it carries <see cref="MarkerFile"/>), or an empty one.
/// </summary>
public static class CorpusWriter
{
    public const string MarkerFile = ".rungs-corpus";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Checks that <paramref name="directory"/> may receive a corpus; touches nothing.</summary>
    /// <param name="force">Whether an earlier corpus there may be replaced.</param>
    public static CorpusTargetProblem? CheckTarget(string directory, bool force)
    {
        var full = Normalise(directory);
        if (File.Exists(full))
            return new("the --out path is a file, not a folder", "choose a folder for the corpus, e.g. --out /tmp/corpus");
        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any())
            return null;
        if (!File.Exists(Path.Combine(full, MarkerFile)))
            return new("the --out folder is not empty and was not made by generate-corpus, so it is left untouched",
                "empty or remove the folder, or choose another with --out");
        return force
            ? null
            : new("the --out folder holds a corpus generated earlier", "pass --force to replace it");
    }

    /// <summary>Writes every file, then the marker, then swaps the new folder in place of the old one.</summary>
    public static CorpusWriteSummary Write(string directory, CorpusSpec spec, IEnumerable<CorpusFile> files)
    {
        var count = 0;
        long bytes = 0;
        StagedFolder.Replace(directory, "corpus", MarkerFile, staging =>
        {
            string? lastFolder = null;
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                var folder = Path.GetDirectoryName(path)!;
                // Files arrive sorted, so each folder is created once rather than asked about 10,000 times.
                if (folder != lastFolder) Directory.CreateDirectory(lastFolder = folder);
                var data = Utf8.GetBytes(file.Text);
                File.WriteAllBytes(path, data);
                count++;
                bytes += data.Length;
            }

            File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText(spec), Utf8);
        });
        return new CorpusWriteSummary(count, bytes);
    }

    private static string MarkerText(CorpusSpec spec) =>
        $"This folder is a synthetic corpus made by `rungs dev generate-corpus --classes {spec.Classes.ToString(CultureInfo.InvariantCulture)} " +
        $"--seed {spec.Seed.ToString(CultureInfo.InvariantCulture)}`.\nRunning it again with --force replaces the folder whole; do not keep other files here.\n";

    private static string Normalise(string path) => StagedFolder.Normalise(path);
}
