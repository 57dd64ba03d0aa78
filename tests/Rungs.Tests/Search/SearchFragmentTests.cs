using System.Text;
using Rungs.Search;

namespace Rungs.Tests.Search;

/// <summary>The index is split into fragments by term prefix, so a query loads only the few it needs.</summary>
public sealed class SearchFragmentTests
{
    private static SearchIndex IndexOf(IEnumerable<string> terms, int docsPerTerm = 1) =>
        SearchIndex.Build(Enumerable.Range(0, docsPerTerm)
            .Select(_ => SearchTokenizerTests.Document((string.Join(" ", terms), SearchField.Body))).ToList());

    [Fact]
    public void A_small_index_has_one_fragment_per_first_character()
    {
        var plan = FragmentPlan.For(IndexOf(["supervision", "summary", "clerical"]));

        Assert.Equal("s", plan.KeyOf("supervision"));
        Assert.Equal("c", plan.KeyOf("clerical"));
        Assert.Equal(1, plan.Split["s"]);
    }

    [Fact]
    public void A_character_with_too_many_postings_is_split_by_longer_prefixes_and_short_terms_keep_shorter_keys()
    {
        // 60 terms starting with "s" in 2,000 documents: far above the budget for one file.
        var terms = Enumerable.Range(0, 60).Select(i => $"s{(char)('a' + i % 26)}{(char)('a' + i / 26)}x").Append("s").ToList();
        var plan = FragmentPlan.For(IndexOf(terms, docsPerTerm: 2000));

        Assert.True(plan.Split["s"] >= 2);
        Assert.Equal("sa", plan.KeyOf("saax")[..2]);
        Assert.Equal("s", plan.KeyOf("s"));
    }

    [Fact]
    public void Terms_that_do_not_start_with_a_latin_letter_or_digit_share_one_fragment()
    {
        var plan = FragmentPlan.For(IndexOf(["αβγ", "日本"]));

        Assert.Equal("_", plan.KeyOf("αβγ"));
        Assert.Equal("_", plan.KeyOf("日本"));
    }

    [Fact]
    public void Each_file_is_a_script_that_hands_its_data_to_the_client_with_delta_encoded_postings()
    {
        var index = SearchIndex.Build(
        [
            SearchTokenizerTests.Document(("alpha", SearchField.Title)),
            SearchTokenizerTests.Document(("beta", SearchField.Body)),
            SearchTokenizerTests.Document(("alpha", SearchField.Body)),
        ]);
        var files = SearchIndexFiles.Files(index).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Bytes));

        Assert.Equal("""rungsSearch("terms/a", {"terms":{"alpha":[0,2,2,128]},"names":{}});""" + "\n", files["search/terms/a.js"]);
        Assert.StartsWith("""rungsSearch("manifest", {"version":1,"docs":3,"chunk":16,""", files["search/manifest.js"], StringComparison.Ordinal);
        Assert.Contains("\"classes\":3", files["search/manifest.js"]); // all three are classes: the compare page's pickers offer them
        Assert.StartsWith("""rungsSearch("docs/0", {"d":[{"t":"t","u":"u","k":0,""", files["search/docs/0.js"], StringComparison.Ordinal);
        Assert.Contains("search/facets.js", files.Keys);
    }

    [Fact]
    public void Data_cannot_end_the_script_early()
    {
        var index = SearchIndex.Build([SearchTokenizerTests.Document(("x", SearchField.Title)) with { Title = "</script><b>\u2028" }]);

        var chunk = Encoding.UTF8.GetString(SearchIndexFiles.Files(index).Single(f => f.Path == "search/docs/0.js").Bytes);
        Assert.DoesNotContain("</script>", chunk);
        Assert.DoesNotContain("\u2028", chunk);
        Assert.Contains("\\u003C/script\\u003E", chunk);
    }
}
