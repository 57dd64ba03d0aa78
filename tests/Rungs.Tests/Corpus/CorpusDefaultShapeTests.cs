using System.Security.Cryptography;
using System.Text;
using Rungs.Corpus;

namespace Rungs.Tests.Corpus;

/// <summary>The default shape is the corpus benchmarks have always measured: its files must not change when knobs are added.</summary>
public class CorpusDefaultShapeTests
{
    // SHA-256 over "path\0text\0" of every file of the 120-class, seed-5 corpus, taken before corpus shapes existed
    // (re-pinned when the corpus's site.yml gained its lint: settings, the only file that changed).
    private const string PinnedHash = "ad6b2a16cd6c8bfb5b21d1a22f28e863513803dd23bde2b79fc096dd061e2f83";

    [Fact]
    public void The_default_shape_generates_the_same_bytes_as_before_shapes_existed()
    {
        Assert.Equal(PinnedHash, Hash(CorpusGenerator.Generate(new CorpusSpec(120, 5))));
    }

    internal static string Hash(IEnumerable<CorpusFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files) sha.AppendData(Encoding.UTF8.GetBytes(f.Path + "\0" + f.Text + "\0"));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
