using System.Text.Json;
using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Rendering.Pages;
using Rungs.Rendering.Views;
using Rungs.Tests.Support;

namespace Rungs.Tests.Comparison;

/// <summary>
/// The steps of a ladder share their tokenized texts (<see cref="PreparedTexts"/>); sharing must never change what a
/// comparison says.
/// </summary>
public sealed class SharedPreparationTests
{
    [Fact]
    public void Every_step_of_every_ladder_compares_the_same_with_shared_texts_as_alone()
    {
        var site = SampleContent.Result.Site!;
        foreach (var ladder in site.Series)
        {
            var texts = new PreparedTexts();
            foreach (var (lower, higher) in ladder.Levels.Zip(ladder.Levels.Skip(1)))
            {
                var alone = ClassDiff.Compare(site, lower, site, higher, identity: false);
                var shared = ClassDiff.Compare(site, lower, site, higher, identity: false, revisions: false, texts);

                Assert.Equal(alone.Fields.Select(f => (f.Id, f.Before, f.After, DiffNotation.Show(f.Words))),
                    shared.Fields.Select(f => (f.Id, f.Before, f.After, DiffNotation.Show(f.Words))));
                Assert.Equal(alone.Sections.Count, shared.Sections.Count);
                foreach (var (a, s) in alone.Sections.Zip(shared.Sections))
                {
                    Assert.Equal((a.Kind, a.Id, a.Title, DiffNotation.Show(a.Words)), (s.Kind, s.Id, s.Title, DiffNotation.Show(s.Words)));
                    Assert.Equal(a.Inherited, s.Inherited);
                    Assert.Equal(a.Items, s.Items, ItemDiffComparer.Instance);
                }
            }
        }
    }

    [Fact]
    public void A_ladder_step_shows_the_same_view_with_shared_texts_as_alone()
    {
        var site = SampleContent.Result.Site!;
        foreach (var ladder in site.Series)
        {
            var texts = new PreparedTexts();
            foreach (var (from, to) in ladder.Steps)
            {
                Assert.Equal(Json(LevelStepPage.Step(site, from, to, new ClassCards(site), new PreparedTexts())), Json(LevelStepPage.Step(site, from, to, new ClassCards(site), texts)));
            }
        }
    }

    [Fact]
    public void Lists_compared_one_after_another_with_one_preparation_match_lists_compared_alone()
    {
        string[][] lists =
        [
            ["1. Files records.", "2. Greets visitors", "3. answers phone calls from clients"],
            ["1. files  records", "2. answers phone calls from all clients", "3. orders supplies"],
            ["(a) orders supplies", "(b) Files records", "(c) greets visitors and callers"],
            [],
            ["– & –", "files records", "FILES, RECORDS!"],
        ];
        var texts = new PreparedTexts();
        foreach (var before in lists)
        {
            foreach (var after in lists)
            {
                Assert.Equal(ListDiff.Compare(before, after), ListDiff.Compare(before, after, texts), ItemDiffComparer.Instance);
            }
        }
    }

    [Fact]
    public void A_word_is_numbered_by_its_lower_case_without_surrounding_punctuation_and_bare_punctuation_only_matches_itself()
    {
        var vocabulary = new Vocabulary();

        Assert.Equal(vocabulary.IdOf("policies"), vocabulary.IdOf("Policies,"));
        Assert.Equal(vocabulary.IdOf("policies"), vocabulary.IdOf("(POLICIES)"));
        // Bare punctuation keeps itself as its key, rather than an empty key that every other mark would share.
        Assert.NotEqual(vocabulary.IdOf("–"), vocabulary.IdOf("—"));
        Assert.NotEqual(vocabulary.IdOf("–"), vocabulary.IdOf("&"));
        Assert.NotEqual(vocabulary.IdOf("–"), vocabulary.IdOf("(–)"));
        Assert.NotEqual(vocabulary.IdOf("policies"), vocabulary.IdOf("policy"));
        Assert.Equal(vocabulary.IdOf(new string('X', 300)), vocabulary.IdOf(new string('x', 300) + "."));
    }

    [Theory]
    [InlineData("files records", "files records")]
    [InlineData("  files \t records\n", "files records")]
    [InlineData("files\u00a0records", "files records")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void A_tokenized_text_joins_its_words_with_single_spaces(string text, string joined)
    {
        Assert.Equal(joined, TokenizedText.Of(text).Joined);
    }

    private static string Json(DiffView? view) => JsonSerializer.Serialize(view);
}
