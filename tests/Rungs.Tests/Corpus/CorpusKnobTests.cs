using Rungs.Content;
using Rungs.Corpus;
using Rungs.Linking;

namespace Rungs.Tests.Corpus;

/// <summary>Each knob of a corpus shape changes what it says, measured on small corpora that still link without a diagnostic.</summary>
public class CorpusKnobTests
{
    private const int Classes = 150;

    [Fact]
    public void A_prose_corpus_has_longer_summaries_with_more_paragraphs()
    {
        var plain = Summaries(CorpusShape.Default);
        var prose = Summaries(CorpusShape.Prose);

        Assert.True(prose.Average(Words) > 4 * plain.Average(Words), $"{prose.Average(Words)} vs {plain.Average(Words)} words");
        Assert.All(plain, s => Assert.Equal(1, Paragraphs(s)));
        Assert.All(prose, s => Assert.InRange(Paragraphs(s), 3, 5));
    }

    [Fact]
    public void Paragraph_sentences_set_the_length_of_each_prose_paragraph()
    {
        var shortParagraphs = Summaries(new CorpusShape { ProseShare = 1, ParagraphSentences = 2 });
        var longParagraphs = Summaries(new CorpusShape { ProseShare = 1, ParagraphSentences = 12 });

        Assert.True(WordsPerExtraParagraph(longParagraphs) > 4 * WordsPerExtraParagraph(shortParagraphs));
    }

    [Fact]
    public void Prose_share_sets_how_many_classes_get_extra_paragraphs()
    {
        var summaries = Summaries(new CorpusShape { ProseShare = 0.5 });

        Assert.InRange(summaries.Count(s => Paragraphs(s) > 1), Classes / 4, Classes * 3 / 4);
    }

    [Fact]
    public void A_lists_corpus_has_more_items_per_section()
    {
        var plain = Link(CorpusShape.Default).Classes.ToList();
        var lists = Link(CorpusShape.Lists).Classes.ToList();

        Assert.All(lists, c =>
        {
            Assert.InRange(c.Body.First(SectionKind.Duties)!.Items.Count, 21, 22); // 20, then the lower-level and "other duties" items
            Assert.Equal(20, c.Body.First(SectionKind.Ksas)!.Items.Count(i => i.Group == "Ability to"));
        });
        Assert.True(lists.Average(DutyCount) > 2 * plain.Average(DutyCount));
    }

    [Fact]
    public void Competencies_and_KSAs_per_class_are_exact()
    {
        var site = Link(new CorpusShape { CompetenciesPerClass = 10, KsasPerClass = 15 });

        Assert.All(site.Classes, c =>
        {
            Assert.Equal(10, c.Competencies.Count);
            Assert.Equal(15, c.Ksas.Count);
        });
    }

    [Fact]
    public void Levels_per_series_sets_every_ladder()
    {
        var site = Link(new CorpusShape { LevelsPerSeries = 5 });

        Assert.Equal(Classes, site.Classes.Count());
        Assert.Equal(Classes / 5, site.Series.Count);
        Assert.All(site.Series, s => Assert.Equal(5, s.Levels.Count));
    }

    [Fact]
    public void Comparison_share_sets_how_many_classes_are_compared()
    {
        var none = Link(new CorpusShape { ComparisonShare = 0 }).Classes.ToList();
        var all = Link(new CorpusShape { ComparisonShare = 1 }).Classes.ToList();

        Assert.DoesNotContain(none, c => c.DiffersFrom.Count > 0);
        Assert.True(all.Count(c => c.DiffersFrom.Count > 0) > Classes * 9 / 10);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("prose")]
    [InlineData("lists")]
    public void Every_preset_is_deterministic(string preset)
    {
        var spec = new CorpusSpec(60, 3) { Shape = CorpusShape.Presets[preset] };

        Assert.Equal(CorpusDefaultShapeTests.Hash(CorpusGenerator.Generate(spec)), CorpusDefaultShapeTests.Hash(CorpusGenerator.Generate(spec)));
    }

    [Fact]
    public void An_out_of_range_knob_names_its_option()
    {
        Assert.Equal("--prose-share must be between 0 and 1, not 1.5", new CorpusSpec(10, 1) { Shape = new CorpusShape { ProseShare = 1.5 } }.Problem);
        Assert.Equal("--levels-per-series must be between 2 and 6, not 7", new CorpusSpec(10, 1) { Shape = new CorpusShape { LevelsPerSeries = 7 } }.Problem);
    }

    private static SiteModel Link(CorpusShape shape)
    {
        var (site, diagnostics) = GeneratedCorpus.Link(GeneratedCorpus.Files(new CorpusSpec(Classes, 1) { Shape = shape }));
        Assert.Empty(diagnostics);
        return site!;
    }

    /// <summary>The text of each class's Summary section, from the generated files.</summary>
    private static List<string> Summaries(CorpusShape shape)
    {
        var files = GeneratedCorpus.Files(new CorpusSpec(Classes, 1) { Shape = shape });
        Assert.Empty(GeneratedCorpus.Link(files).Diagnostics);
        return files.Where(f => f.Key.StartsWith("series/", StringComparison.Ordinal) && !f.Key.EndsWith("/_series.md", StringComparison.Ordinal))
            .Select(f =>
            {
                var start = f.Value.IndexOf("## Summary\n\n", StringComparison.Ordinal) + "## Summary\n\n".Length;
                return f.Value[start..f.Value.IndexOf("\n## ", start, StringComparison.Ordinal)].Trim();
            })
            .ToList();
    }

    private static int Paragraphs(string section) => section.Split("\n\n").Length;

    private static double Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static double WordsPerExtraParagraph(List<string> summaries) => summaries.SelectMany(s => s.Split("\n\n").Skip(1)).Average(Words);

    private static double DutyCount(ClassSpec c) => c.Body.First(SectionKind.Duties)!.Items.Count;
}
