using System.Security.Cryptography;
using System.Text;
using Rungs.History;
using Rungs.Input;

namespace Rungs.Pipeline;

/// <summary>
/// One hash of everything a build reads: the Rungs build itself, every content file, every theme file, the git history
/// the pages show (and the tags releases come from), and the options that change output. Equal fingerprints mean byte-identical output, so
/// `rungs build` can skip a build whose output is already there (a no-change rebuild).
/// </summary>
/// <remarks>
/// Content files count by their digests (<see cref="ContentDigest"/>, the SHA-256 of their bytes as stored), taken as they
/// are read: the fingerprint needs neither their text nor a second pass over it. A problem met reading a file (too large,
/// binary, not UTF-8) follows from its bytes, and fails the build, which then leaves no fingerprint behind.
/// </remarks>
public static class InputFingerprint
{
    /// <param name="content">Every content file's digest, in ordinal path order (<see cref="ContentSources.Digests"/> or <see cref="ContentScan"/>).</param>
    /// <param name="themeFiles">Every file of every theme folder that could be layered in, by path.</param>
    /// <param name="settings">Options that change the output, e.g. the base URL.</param>
    public static string Of(IEnumerable<ContentDigest> content, IEnumerable<(string Path, byte[] Bytes)> themeFiles, HistoryLog history,
        params string?[] settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var length = new byte[sizeof(int)];
        // Each piece is prefixed by its length, so no two lists of pieces hash alike.
        void AddBytes(ReadOnlySpan<byte> bytes)
        {
            BitConverter.TryWriteBytes(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        void Add(string? text) => AddBytes(Encoding.UTF8.GetBytes(text ?? "\u0000null"));

        // A new build of Rungs may render differently: its assemblies' identities are part of the input.
        Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(System.Reflection.Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId.ToString());
        foreach (var setting in settings) Add(setting);
        Add("content");
        foreach (var file in content)
        {
            Add(file.RelativePath);
            AddBytes(file.Sha256.Span);
        }

        Add("themes");
        foreach (var (path, bytes) in themeFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            Add(path);
            AddBytes(SHA256.HashData(bytes));
        }

        Add("history");
        Add(history.Available ? "available" : history.Note);
        foreach (var commit in history.Commits) Add(commit.Hash);
        // A new tag, or a tag moved to another commit, changes the releases page.
        Add(ReadTags.Fingerprint(history.Tags));
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
