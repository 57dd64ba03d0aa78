using Rungs.Input;
using Rungs.Tests.Support;

namespace Rungs.Tests.Input;

/// <summary>
/// The no-change check reads file digests without decoding anything (<see cref="ContentScan"/>); a build takes the same
/// digests as it reads and decodes the files (<see cref="ContentReader"/>). The two must agree file for file, or an
/// unchanged site would be built again, and a changed one could be taken for unchanged.
/// </summary>
public sealed class ContentScanTests
{
    private static TempDirectory FolderWithEveryKindOfFile()
    {
        var dir = new TempDirectory();
        dir.WriteText("content/site.yml", "title: Scan\n");
        dir.WriteText("content/series/cs/_series.md", "---\ntitle: CS\n---\n");
        dir.WriteText("content/series/cs/cs-1.md", "---\r\ntitle: Windows line ends\r\n---\r\n");
        dir.WriteBytes("content/ksas/bom.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: BOM\n---\n"u8.ToArray()]);
        dir.WriteBytes("content/ksas/binary.md", [0x47, 0x00, 0x01]);
        dir.WriteBytes("content/ksas/latin1.md", [0x63, 0x61, 0x66, 0xE9]);
        dir.WriteText("content/.git/notes.md", "not content\n");
        dir.WriteText("content/series/.drafts/x.md", "not content\n");
        dir.WriteText("content/README.txt", "not content\n");
        return dir;
    }

    private static List<(string Path, string Digest)> Flat(IEnumerable<ContentDigest> digests) =>
        digests.Select(d => (d.RelativePath, Convert.ToHexString(d.Sha256.Span))).ToList();

    [Fact]
    public void The_scan_finds_the_files_the_reader_reads_with_the_same_digests()
    {
        using var dir = FolderWithEveryKindOfFile();
        var content = dir.Combine("content");

        var read = Flat(ContentReader.Read(content, "content").Digests());
        var scanned = Flat(ContentScan.Digests(content)!);

        Assert.Equal(read, scanned);
        Assert.Equal(["ksas/binary.md", "ksas/bom.md", "ksas/latin1.md", "series/cs/_series.md", "series/cs/cs-1.md", "site.yml"],
            scanned.Select(f => f.Path));
        Assert.All(scanned, f => Assert.Equal(64, f.Digest.Length));
    }

    [Fact]
    public void A_folder_given_with_a_trailing_slash_lists_the_same_relative_paths()
    {
        using var dir = FolderWithEveryKindOfFile();
        var content = dir.Combine("content");

        Assert.Equal(ContentReader.List(content, "content").Files.Select(f => f.RelativePath),
            ContentReader.List(content + Path.DirectorySeparatorChar, "content").Files.Select(f => f.RelativePath));
        Assert.Equal(Flat(ContentScan.Digests(content)!), Flat(ContentScan.Digests(content + Path.DirectorySeparatorChar)!));
    }

    [Fact]
    public void Digests_follow_the_bytes_even_where_the_decoded_text_is_the_same()
    {
        using var dir = FolderWithEveryKindOfFile();
        var content = dir.Combine("content");
        var before = Flat(ContentScan.Digests(content)!);

        dir.WriteText("content/series/cs/cs-1.md", "---\ntitle: Windows line ends\n---\n");

        var after = Flat(ContentScan.Digests(content)!);
        Assert.NotEqual(before.Single(f => f.Path == "series/cs/cs-1.md"), after.Single(f => f.Path == "series/cs/cs-1.md"));
        Assert.Equal(before.Where(f => f.Path != "series/cs/cs-1.md"), after.Where(f => f.Path != "series/cs/cs-1.md"));
    }

    [Fact]
    public void A_missing_folder_has_no_digests_so_the_build_reads_it_and_reports_it()
    {
        using var dir = new TempDirectory();
        Assert.Null(ContentScan.Digests(dir.Combine("nowhere")));
    }

    [Fact]
    public void Text_given_in_memory_has_a_digest_of_its_utf8()
    {
        var sources = ContentSources.FromText(new Dictionary<string, string> { ["site.yml"] = "title: T\n" });
        var digest = Assert.Single(sources.Digests());
        Assert.Equal(System.Security.Cryptography.SHA256.HashData("title: T\n"u8), digest.Sha256.ToArray());
    }
}
