using Rungs.Input;
using Rungs.Tests.Support;

namespace Rungs.Tests.Input;

/// <summary>
/// The dev server's content folder re-reads only the files the watcher names, and hands out the folder as the pipeline
/// reads it. A session keeps the last sources it built to find what an edit changed, so those must never change afterwards.
/// </summary>
public sealed class LiveContentFolderTests
{
    [Fact]
    public void Sources_taken_before_an_edit_keep_the_old_text_and_the_new_sources_have_the_new()
    {
        using var dir = new TempDirectory();
        dir.WriteText("content/site.yml", "title: Live\n");
        dir.WriteText("content/ksas/a.md", "---\ntitle: A\n---\n");
        var folder = new LiveContentFolder(dir.Combine("content"), "content");
        folder.ReadAll();
        var before = folder.Sources();

        dir.WriteText("content/ksas/a.md", "---\ntitle: A, edited\n---\n");
        folder.Refresh(["ksas/a.md"]);
        var after = folder.Sources();

        Assert.Equal("---\ntitle: A\n---\n", before.Files.Single(f => f.RelativePath == "ksas/a.md").Text);
        Assert.Equal("---\ntitle: A, edited\n---\n", after.Files.Single(f => f.RelativePath == "ksas/a.md").Text);
        Assert.Same(before.Files.Single(f => f.RelativePath == "site.yml"), after.Files.Single(f => f.RelativePath == "site.yml"));
        Assert.Equal(["ksas/a.md", "site.yml"], after.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Files_read_by_the_live_folder_carry_the_same_digests_as_a_full_read()
    {
        using var dir = new TempDirectory();
        dir.WriteText("content/site.yml", "title: Live\r\n");
        var folder = new LiveContentFolder(dir.Combine("content"), "content");
        folder.ReadAll();

        Assert.Equal(ContentReader.Read(dir.Combine("content"), "content").Digests().Select(d => d.Sha256.ToArray()),
            folder.Sources().Digests().Select(d => d.Sha256.ToArray()));
    }
}
