using Rungs.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Corpus;

/// <summary>`rungs dev generate-corpus`: writes into an empty folder, replaces only its own earlier corpus (with --force), refuses anything else.</summary>
public class CorpusCommandTests
{
    [Fact]
    public void It_writes_a_marked_corpus_that_rungs_check_accepts()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("corpus");

        Assert.Equal(0, RungsCli.Run("dev", "generate-corpus", "--classes", "20", "--seed", "5", "--out", output));

        Assert.True(File.Exists(Path.Combine(output, CorpusWriter.MarkerFile)));
        var written = FolderSnapshot.Take(output);
        written.Remove(CorpusWriter.MarkerFile);
        var expected = CorpusGenerator.Generate(new CorpusSpec(20, 5))
            .ToDictionary(f => f.Path, f => new System.Text.UTF8Encoding(false).GetBytes(f.Text));
        FolderSnapshot.AssertSame(expected, written);
        Assert.Equal(0, RungsCli.Run("check", "--content", output, "--warnings-as-errors"));
    }

    [Fact]
    public void A_named_shape_with_an_option_on_top_writes_that_shape()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("corpus");

        Assert.Equal(0, RungsCli.Run("dev", "generate-corpus", "--classes", "20", "--seed", "5", "--out", output, "--shape", "lists", "--list-items", "7"));

        var written = FolderSnapshot.Take(output);
        written.Remove(CorpusWriter.MarkerFile);
        var expected = CorpusGenerator.Generate(new CorpusSpec(20, 5) { Shape = CorpusShape.Lists with { ListItems = 7 } })
            .ToDictionary(f => f.Path, f => new System.Text.UTF8Encoding(false).GetBytes(f.Text));
        FolderSnapshot.AssertSame(expected, written);
    }

    [Fact]
    public void An_unknown_shape_or_an_out_of_range_knob_is_refused_and_writes_nothing()
    {
        using var dir = new TempDirectory();

        Assert.NotEqual(0, RungsCli.Run("dev", "generate-corpus", "--classes", "20", "--out", dir.Combine("a"), "--shape", "poems"));
        Assert.NotEqual(0, RungsCli.Run("dev", "generate-corpus", "--classes", "20", "--out", dir.Combine("b"), "--prose-share", "2"));

        Assert.False(Directory.Exists(dir.Combine("a")));
        Assert.False(Directory.Exists(dir.Combine("b")));
    }

    [Fact]
    public void It_refuses_a_non_empty_folder_it_did_not_make_even_with_force()
    {
        using var dir = new TempDirectory();
        dir.WriteText("mine/notes.md", "# my notes\n");
        var before = FolderSnapshot.Take(dir.Path);

        Assert.Equal(1, RungsCli.Run("dev", "generate-corpus", "--classes", "10", "--out", dir.Combine("mine")));
        Assert.Equal(1, RungsCli.Run("dev", "generate-corpus", "--classes", "10", "--out", dir.Combine("mine"), "--force"));

        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(dir.Path));
    }

    [Fact]
    public void It_replaces_an_earlier_corpus_only_with_force()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("corpus");
        Assert.Equal(0, RungsCli.Run("dev", "generate-corpus", "--classes", "10", "--out", output));
        var first = FolderSnapshot.Take(output);

        Assert.Equal(1, RungsCli.Run("dev", "generate-corpus", "--classes", "12", "--out", output));
        FolderSnapshot.AssertSame(first, FolderSnapshot.Take(output));

        Assert.Equal(0, RungsCli.Run("dev", "generate-corpus", "--classes", "12", "--out", output, "--force"));
        Assert.Equal(12, Directory.EnumerateFiles(Path.Combine(output, "series"), "*.md", SearchOption.AllDirectories)
            .Count(p => Path.GetFileName(p) != "_series.md"));
        Assert.Equal([Path.GetFileName(output)], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_existing_folder_is_accepted()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("empty"));

        Assert.Equal(0, RungsCli.Run("dev", "generate-corpus", "--classes", "4", "--out", dir.Combine("empty")));
    }

    [Theory]
    [InlineData("dev generate-corpus --classes 1 --out x")]
    [InlineData("dev generate-corpus --classes 90001 --out x")]
    [InlineData("dev generate-corpus --classes ten --out x")]
    [InlineData("dev generate-corpus --out x")]
    [InlineData("dev generate-corpus --classes 10")]
    [InlineData("dev generate-corpus --classes 10 --seed -1 --out x")]
    public void A_wrong_command_line_exits_2_and_writes_nothing(string commandLine)
    {
        using var dir = new TempDirectory();
        var args = commandLine.Split(' ').Select(a => a == "x" ? dir.Combine("x") : a).ToArray();

        Assert.Equal(2, RungsCli.Run(args));
        Assert.False(Directory.Exists(dir.Combine("x")));
    }
}
