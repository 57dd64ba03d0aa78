using Rungs.Comparison;
using static Rungs.Tests.Comparison.DiffNotation;

namespace Rungs.Tests.Comparison;

/// <summary>
/// Word diffs of two texts, as a table: old text, new text, expected segments (= same, - removed, + added).
/// Words match ignoring case and the punctuation around them; Same segments show the new text's words.
/// </summary>
public sealed class WordDiffTests
{
    [Theory]
    //          case                                   old text                                         new text                                          expected segments
    [InlineData("identical",                           "answers calls from clients",                    "answers calls from clients",                     "= answers calls from clients")]
    [InlineData("both empty",                          "",                                              "",                                               "")]
    [InlineData("old text empty",                      "",                                              "answers calls",                                  "+ answers calls")]
    [InlineData("new text empty",                      "answers calls",                                 "   ",                                            "- answers calls")]
    [InlineData("insertion in the middle",             "answers calls from clients",                    "answers phone calls from all clients",           "= answers | + phone | = calls from | + all | = clients")]
    [InlineData("insertion at the start and end",      "answers calls",                                 "promptly answers calls daily",                   "+ promptly | = answers calls | + daily")]
    [InlineData("deletion",                            "answers all phone calls from clients",          "answers calls from clients",                     "= answers | - all phone | = calls from clients")]
    [InlineData("replacement: removed before added",   "responds to routine inquiries from clients",    "responds to complex inquiries from clients",     "= responds to | - routine | + complex | = inquiries from clients")]
    [InlineData("longer replacement",                  "composes routine correspondence and transmits documents", "composes complex correspondence and creates records", "= composes | - routine | + complex | = correspondence and | - transmits documents | + creates records")]
    [InlineData("everything different",                "balances daily transactions",                   "organizes satisfaction programs",                "- balances daily transactions | + organizes satisfaction programs")]
    [InlineData("punctuation around words is ignored", "services, policies, and procedures",            "services, policies and procedures.",             "= services, policies and procedures.")]
    [InlineData("brackets and quotes are ignored",     "inquiries (e.g., those involving approval)",    "inquiries e.g. those involving \"approval\"",    "= inquiries e.g. those involving \"approval\"")]
    [InlineData("case-only change counts as same",     "Responds To Inquiries",                         "responds to inquiries",                          "= responds to inquiries")]
    [InlineData("whitespace is normalised",            "answers   calls\n from\tclients",                "answers calls from clients",                     "= answers calls from clients")]
    [InlineData("punctuation inside a word counts",    "documentation/records",                         "documentation records",                          "- documentation/records | + documentation records")]
    [InlineData("a lone dash matches only itself",     "service – public relations",                    "service - public relations",                     "= service | - – | + - | = public relations")]
    [InlineData("a repeated word is removed once",     "the the clients",                               "the clients",                                    "= the | - the | = clients")]
    [InlineData("two separate changes",                "prepares daily reports for managers",           "prepares weekly reports for directors",          "= prepares | - daily | + weekly | = reports for | - managers | + directors")]
    public void Texts_compare_word_by_word_as_in_the_table(string @case, string before, string after, string expected)
    {
        var segments = WordDiff.Compare(before, after);

        Assert.True(expected == Show(segments), $"{@case}\nexpected: {expected}\nactual:   {Show(segments)}");
    }

    [Fact]
    public void Segments_are_merged_so_two_neighbours_never_have_the_same_change()
    {
        var segments = WordDiff.Compare("a b c d e f g h", "a x c y z e f q");

        Assert.All(segments.Zip(segments.Skip(1)), pair => Assert.NotEqual(pair.First.Change, pair.Second.Change));
        Assert.Equal("= a | - b | + x | = c | - d | + y z | = e f | - g h | + q", Show(segments));
    }

    [Fact]
    public void Joining_the_old_segments_gives_the_old_words_and_the_new_segments_the_new_words()
    {
        const string before = "researches inquiries and provides point of contact for quality control concerns and related solutions";
        const string after = "researches complex inquiries using multiple sources for quality control concerns and solves problems on individual cases";

        var segments = WordDiff.Compare(before, after);

        // Same segments carry the new spelling; here both spell alike, so both sides rebuild exactly.
        Assert.Equal(before, string.Join(' ', segments.Where(s => s.Change != WordChange.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Join(' ', segments.Where(s => s.Change != WordChange.Removed).Select(s => s.Text)));
    }

    [Theory]
    [InlineData("answers calls from clients", "answers calls from clients", 1.0)]
    [InlineData("Answers calls, from clients.", "answers calls from clients", 1.0)]
    [InlineData("", "", 1.0)]
    [InlineData("", "answers calls", 0.0)]
    [InlineData("balances daily transactions", "organizes quality customer satisfaction programs", 0.0)]
    // 0.6 × Dice(all words) + 0.4 × Dice(first three words); here both are 2·2/(3+3).
    [InlineData("files red forms", "files green forms", 2.0 / 3)]
    // Only "prepares" is shared: 0.6 × 2·1/(3+4) + 0.4 × 2·1/(3+3).
    [InlineData("prepares monthly reports", "prepares budgets and plans", 0.6 * 2 / 7 + 0.4 * 2 / 6)]
    public void Similarity_is_one_for_equal_words_zero_for_nothing_shared_and_between_otherwise(string a, string b, double expected)
    {
        Assert.Equal(expected, WordDiff.Similarity(a, b), 10);
        Assert.Equal(expected, WordDiff.Similarity(b, a), 10);
    }

    [Fact]
    public void Sharing_the_opening_words_counts_for_more_than_sharing_the_same_number_of_later_words()
    {
        var sameStart = WordDiff.Similarity("composes routine correspondence for managers", "composes complex correspondence for directors");
        var sameEnd = WordDiff.Similarity("routine correspondence composes for managers", "complex correspondence creates for managers");

        Assert.True(sameStart > sameEnd, $"{sameStart} should exceed {sameEnd}");
    }

    [Fact]
    public void Null_texts_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => WordDiff.Compare(null!, "a"));
        Assert.Throws<ArgumentNullException>(() => WordDiff.Similarity("a", null!));
    }
}
