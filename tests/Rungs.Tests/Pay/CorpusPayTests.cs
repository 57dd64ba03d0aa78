using Rungs.Tests.Corpus;

namespace Rungs.Tests.Pay;

/// <summary>The synthetic corpus pays every class on a pay scale, so the benchmark covers pay on pages and exports.</summary>
public class CorpusPayTests
{
    [Fact]
    public void Every_class_of_a_generated_corpus_has_pay_from_its_scale_without_a_warning()
    {
        var (site, diagnostics) = GeneratedCorpus.Link(GeneratedCorpus.Files(500));

        Assert.Empty(diagnostics);
        Assert.All(site!.Classes, c => Assert.NotNull(site.PayOf(c)));
    }
}
