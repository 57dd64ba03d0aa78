using System.Security.Cryptography;
using System.Text;
using Rungs.History;
using Rungs.Input;

namespace Rungs.Pipeline;

/// <summary>
/// One hash of everything a build reads: the Rungs build itself, every content file, every theme file, the git history
/// the pages show, and the options that change output. Equal fingerprints mean byte-identical output, so
/// `rungs build` can skip a build whose output is already there (a no-change rebuild).
/// </summary>
public static class InputFingerprint
{
    /// <param name="themeFiles">Every file of every theme folder that could be layered in, by path.</param>
    /// <param name="settings">Options that change the output, e.g. the base URL.</param>
    public static string Of(ContentSources sources, IEnumerable<(string Path, byte[] Bytes)> themeFiles, HistoryLog history, params string?[] settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Each text is encoded into one buffer reused for the next: the content is tens of megabytes of text.
        var buffer = new byte[4096];
        var length = new byte[sizeof(int)];
        void Add(string? text)
        {
            text ??= "\u0000null";
            var size = Encoding.UTF8.GetByteCount(text);
            if (size > buffer.Length) buffer = new byte[Math.Max(size, buffer.Length * 2)];
            Encoding.UTF8.GetBytes(text, buffer);
            BitConverter.TryWriteBytes(length, size);
            hash.AppendData(length);
            hash.AppendData(buffer, 0, size);
        }

        // A new build of Rungs may render differently: its assemblies' identities are part of the input.
        Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(System.Reflection.Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId.ToString());
        foreach (var setting in settings) Add(setting);
        Add("content");
        foreach (var file in sources.Files)
        {
            Add(file.RelativePath);
            Add(file.Text);
        }

        foreach (var problem in sources.Problems) Add(problem.ToString());
        Add("themes");
        foreach (var (path, bytes) in themeFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            Add(path);
            hash.AppendData(SHA256.HashData(bytes));
        }

        Add("history");
        Add(history.Available ? "available" : history.Note);
        foreach (var commit in history.Commits) Add(commit.Hash);
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
