using Rungs.Search;
using Rungs.Tests.Support;

namespace Rungs.Tests.Search;

/// <summary>Given the sample site, the index records where each word occurs, so codes and titles outrank passing mentions.</summary>
public sealed class SearchIndexTests
{
    private static readonly Lazy<SearchIndex> Sample = new(() => SearchIndex.Build(SearchDocuments.Of(SampleContent.Result.Site!)));

    private static int Doc(string title) => Sample.Value.Documents.ToList().FindIndex(d => d.Title == title);

    [Fact]
    public void Every_class_competency_KSA_and_job_model_is_a_document_in_site_order()
    {
        var types = Sample.Value.Documents.Select(d => d.Type).ToList();

        Assert.Equal(9, types.Count(t => t == SearchType.Class));
        Assert.Equal(13, types.Count(t => t == SearchType.Competency));
        Assert.Equal(16, types.Count(t => t == SearchType.Ksa));
        Assert.Equal(1, types.Count(t => t == SearchType.JobModel));
        Assert.Equal(types.Order(), types);
        Assert.Equal("Customer Service Assistant", Sample.Value.Documents[0].Title);
    }

    [Fact]
    public void A_class_code_is_indexed_as_a_code_and_as_a_name()
    {
        var posting = Assert.Single(Sample.Value.Terms["4808"]);

        Assert.Equal(Doc("Customer Service Representative"), posting.Doc);
        Assert.True(posting.Fields.HasFlag(SearchField.Code));
        Assert.Equal([Doc("Customer Service Representative 2")], Sample.Value.Names["aun04112"]);
        Assert.Equal([Doc("Customer Service Representative 3")], Sample.Value.Names["cust svc rep 3"]);
    }

    [Fact]
    public void A_number_is_indexed_without_its_leading_zeros_and_a_code_with_letters_as_it_is()
    {
        var document = SearchTokenizerTests.Document(("001368", SearchField.Code), ("grade 02, 0 errors, 000 AUN04112", SearchField.Facts))
            with { Names = ["001368", "Trades 007"] };

        var index = SearchIndex.Build([document]);

        Assert.Equal(["0", "1368", "2", "aun04112", "errors", "grade"], index.Terms.Keys);
        Assert.Equal(["1368", "trades 7"], index.Names.Keys);
    }

    [Fact]
    public void A_word_in_a_title_weighs_more_than_the_same_word_in_a_duty()
    {
        var supervision = Sample.Value.Terms["supervision"].ToDictionary(p => p.Doc, p => p.Fields);

        var ksa = supervision[Doc("Supervision")];
        var assistant = supervision[Doc("Customer Service Assistant")];
        Assert.True(ksa.HasFlag(SearchField.Title));
        Assert.Equal(SearchField.Facts | SearchField.Body, assistant);
        Assert.True(SearchWeights.Of(ksa) > SearchWeights.Of(assistant));
    }

    [Fact]
    public void Field_weights_put_a_code_above_a_title_above_a_name_above_body_text()
    {
        Assert.Equal([40, 16, 12, 6, 4, 2, 2, 1], SearchWeights.ByBit);
        Assert.Equal(41, SearchWeights.Of(SearchField.Code | SearchField.Body));
    }

    [Fact]
    public void Excerpts_are_short_single_lines_cut_at_a_word()
    {
        Assert.All(Sample.Value.Documents, d => Assert.True(d.Excerpt.Length <= SearchDocuments.ExcerptLength + 1 && !d.Excerpt.Contains('\n')));
        var excerpt = SearchDocuments.Excerpt(string.Join(" ", Enumerable.Repeat("word", 100)));
        Assert.EndsWith("word…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= SearchDocuments.ExcerptLength + 1);
    }
}
