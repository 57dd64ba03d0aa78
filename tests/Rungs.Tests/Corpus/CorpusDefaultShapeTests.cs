using System.Security.Cryptography;
using System.Text;
using Rungs.Corpus;

namespace Rungs.Tests.Corpus;

/// <summary>The default shape is the corpus benchmarks have always measured: its files must not change when knobs are added.</summary>
public class CorpusDefaultShapeTests
{
    // SHA-256 over "path\0text\0" of every file of the 120-class, seed-5 corpus, taken before corpus shapes existed.
    private const string PinnedHash = "8e6db04bc12ccc9f24c849c4e8f4ac8fe668576be997709675eeaa37a5de10ce";

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
