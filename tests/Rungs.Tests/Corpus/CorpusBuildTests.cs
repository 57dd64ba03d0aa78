namespace Rungs.Tests.Corpus;

/// <summary>A generated corpus is valid content: the real pipeline builds it, rendering included, with no diagnostic at all.</summary>
public class CorpusBuildTests
{
    [Theory]
    [InlineData(50, 1UL)]
    [InlineData(500, 1UL)]
    [InlineData(50, 99UL)]
    public void The_corpus_builds_with_zero_diagnostics(int classes, ulong seed)
    {
        var result = GeneratedCorpus.Build(GeneratedCorpus.Files(classes, seed));

        Assert.True(result.Diagnostics.Count == 0, "expected a clean build, got:\n" + string.Join("\n", result.Diagnostics.Take(20)));
        Assert.Equal(classes, result.Site!.Classes.Count());
        Assert.Contains(result.Files, f => f.Path == "index.html");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(13)]
    public void The_smallest_corpora_link_with_zero_diagnostics(int classes)
    {
        var (site, diagnostics) = GeneratedCorpus.Link(GeneratedCorpus.Files(classes));

        Assert.Empty(diagnostics);
        Assert.Equal(classes, site!.Classes.Count());
    }
}
