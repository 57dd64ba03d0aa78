using Rungs.Rendering.Views;
using Rungs.Tests.Support;
using Scriban.Runtime;

namespace Rungs.Tests.Rendering;

/// <summary>
/// Diff pages print word runs made in code (WordsMarkup) instead of through the theme's words.html: the two must give
/// the same bytes, escaping included, for any text.
/// </summary>
public sealed class WordsMarkupTests
{
    public static TheoryData<string> Texts => new()
    {
        "plain words",
        "</script><script>alert(1)</script>",
        "a & b < c > d \"quoted\" 'single'",
        "line\u2028separator and \u00e9t\u00e9 \ud83d\ude00",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Word_runs_are_the_markup_of_words_html(string text)
    {
        var words = new List<WordView> { new("Same", text), new("Added", text + " new"), new("Removed", "old " + text), new("Same", "end") };

        Assert.Equal(WordsPartial(words), WordsMarkup.Of(words));
        Assert.Equal(WordsPartial([]), WordsMarkup.Of([]));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_single_run_of_any_kind_is_the_markup_of_words_html(string text)
    {
        foreach (var change in new[] { "Same", "Added", "Removed" })
        {
            List<WordView> words = [new(change, text)];
            Assert.Equal(WordsPartial(words), WordsMarkup.Of(words));
        }
    }

    private static string WordsPartial(IReadOnlyList<WordView> words) =>
        DefaultThemePartial.Render("words.html", new ScriptObject { ["words"] = words });
}
