using Rungs.Corpus;

namespace Rungs.Tests.Corpus;

/// <summary>The same classes and seed give the same files, byte for byte, in ordinal order, with LF line ends.</summary>
public class CorpusDeterminismTests
{
    [Fact]
    public void Generating_twice_gives_identical_files_in_identical_order()
    {
        var first = CorpusGenerator.Generate(new CorpusSpec(300, 7)).ToList();
        var second = CorpusGenerator.Generate(new CorpusSpec(300, 7)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Files_come_in_ordinal_path_order()
    {
        var paths = CorpusGenerator.Generate(new CorpusSpec(300, 7)).Select(f => f.Path).ToList();

        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public void Another_seed_gives_another_corpus_of_the_same_size()
    {
        var a = GeneratedCorpus.Files(200, 1);
        var b = GeneratedCorpus.Files(200, 2);

        Assert.NotEqual(a.Keys, b.Keys);
        Assert.Equal(a.Keys.Count(p => p.StartsWith("series/", StringComparison.Ordinal) && !p.EndsWith("/_series.md", StringComparison.Ordinal)),
            b.Keys.Count(p => p.StartsWith("series/", StringComparison.Ordinal) && !p.EndsWith("/_series.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void Texts_use_LF_line_ends_and_end_with_a_newline()
    {
        Assert.All(CorpusGenerator.Generate(new CorpusSpec(100, 3)), f =>
        {
            Assert.DoesNotContain('\r', f.Text);
            Assert.EndsWith("\n", f.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_random_generator_is_SplitMix64()
    {
        // Reference values computed with the published SplitMix64 algorithm (Steele, Lea & Flood 2014) for seed 1234567,
        // so the corpus cannot change silently if someone "simplifies" the generator.
        var random = new SeededRandom(1234567);

        Assert.Equal(
            [6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(_ => random.NextUInt64()));
    }
}
