using Rungs.Search;

namespace Rungs.Tests.Search;

/// <summary>Text becomes the same tokens in the build as in the browser (docs/search.md, "Tokens").</summary>
public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("Customer Service Representative", "customer|service|representative")]
    [InlineData("AUN04112", "aun04112")]
    [InlineData("CUST SVC REP 3", "cust|svc|rep|3")]
    [InlineData("Time Management – Scheduling", "time|management|scheduling")]
    [InlineData("i.e., ability to deal with the public", "i|e|ability|to|deal|with|the|public")]
    [InlineData("Café résumé NAÏVE", "cafe|resume|naive")]
    [InlineData("documentation/records", "documentation|records")]
    [InlineData("  ", "")]
    public void Text_is_lower_cased_stripped_of_accents_and_split_on_anything_but_letters_and_digits(string text, string tokens)
    {
        Assert.Equal(tokens, string.Join("|", SearchTokenizer.Tokens(text)));
    }

    [Fact]
    public void A_name_is_its_tokens_joined_by_single_spaces()
    {
        Assert.Equal("cust svc rep 3", SearchTokenizer.Name("CUST  SVC-REP 3"));
    }

    [Fact]
    public void Stop_words_are_dropped_from_body_text_only()
    {
        var index = SearchIndex.Build([Document(("the", SearchField.Title), ("the and of duties", SearchField.Body))]);

        Assert.Equal(SearchField.Title, Assert.Single(index.Terms["the"]).Fields);
        Assert.False(index.Terms.ContainsKey("and"));
        Assert.Equal(SearchField.Body, Assert.Single(index.Terms["duties"]).Fields);
    }

    [Fact]
    public void A_section_text_kept_compact_is_indexed_as_its_string_would_be()
    {
        const string body = "Answers café “inquiries” and the \ud83d\ude00 duties";
        var compact = SearchIndex.Build([new(SearchType.Class, "t", "u", null, null, null, null, null, "",
            [(SearchField.Body, FieldText.Of(Rungs.Content.CompactText.Of(body)))], [])]);
        var plain = SearchIndex.Build([Document((body, SearchField.Body))]);

        Assert.Equal(plain.Terms.Keys.Order(), compact.Terms.Keys.Order());
        Assert.NotEmpty(compact.Terms);
    }

    internal static SearchDocument Document(params (string Text, SearchField Field)[] fields) =>
        new(SearchType.Class, "t", "u", null, null, null, null, null, "", fields.Select(f => (f.Field, (FieldText)f.Text)).ToList(), []);
}
