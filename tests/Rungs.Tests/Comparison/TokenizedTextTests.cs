using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>A tokenized text numbers its words in one pass and finds their positions only when a diff shows single words.</summary>
public sealed class TokenizedTextTests
{
    [Fact]
    public void Words_are_found_from_the_start_whatever_whitespace_separates_them()
    {
        var text = TokenizedText.Of("1. files  records\nfor\tclients ", 3);

        Assert.Equal(4, text.Count);
        Assert.Equal(["files", "records", "for", "clients"], Enumerable.Range(0, text.Count).Select(k => text.Word(k).ToString()));
        Assert.Equal("files records for clients", text.Joined);
    }

    [Fact]
    public void Ids_follow_the_words_in_order()
    {
        var vocabulary = new Vocabulary();
        var ids = TokenizedText.Of(" Files, records files ").IdsIn(vocabulary);

        Assert.Equal([vocabulary.IdOf("files"), vocabulary.IdOf("records"), vocabulary.IdOf("files")], ids);
        Assert.Empty(TokenizedText.Of(" \n ").IdsIn(vocabulary));
    }

    [Fact]
    public void Texts_with_the_same_words_diff_as_one_run_in_the_new_spelling()
    {
        var words = WordDiff.Compare("Files  RECORDS.", "files records");

        Assert.Equal([new WordSegment(WordChange.Same, "files records")], words);
        Assert.Empty(WordDiff.Compare(" ", "\n"));
    }
}
