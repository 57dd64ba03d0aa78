using Rungs.Content;

namespace Rungs.Tests.Content;

/// <summary>
/// The sweep every page goes through finds each forbidden character wherever it stands: in ASCII text (its fast path),
/// after a few non-ASCII letters, and after many (where it searches for the suspects directly).
/// </summary>
public sealed class ForbiddenCharactersTests
{
    [Theory]
    [InlineData("plain text, tabs\tand lines\r\n", -1)]
    [InlineData("a\fb", 1)]
    [InlineData("\u001b[31m", 0)]
    [InlineData("café — naïve… \u0085", 14)]
    [InlineData("ok \ud83d\ude00 then \ufffe", 11)]
    public void The_first_forbidden_character_is_found(string text, int index) =>
        Assert.Equal(index, ForbiddenCharacters.IndexIn(text));

    [Fact]
    public void A_lone_surrogate_is_found_after_non_ASCII_text()
    {
        // Made at run time: an attribute's string cannot carry a lone surrogate.
        var text = "\u00e9t\u00e9 " + new string('\ud800', 1) + " \ud83d\ude00";
        Assert.Equal(4, ForbiddenCharacters.IndexIn(text));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(500)]
    public void Found_after_any_number_of_non_ASCII_letters(int letters)
    {
        var text = string.Concat(Enumerable.Repeat("λé", letters)) + "x\fy\u0007" + string.Concat(Enumerable.Repeat("α", letters)) + "\uffff";
        var chars = text.ToCharArray();

        Assert.Equal(2 * letters + 1, ForbiddenCharacters.IndexIn(text));
        Assert.Equal(3, ForbiddenCharacters.ReplaceIn(chars));
        Assert.Equal(string.Concat(Enumerable.Repeat("λé", letters)) + "x y " + string.Concat(Enumerable.Repeat("α", letters)) + "\ufffd", new string(chars));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(2_000)]
    public void Found_after_many_non_ASCII_characters_spread_through_English_text(int dashes)
    {
        // An English page's dashes, arrows and quotes: sparse enough that the sweep keeps its fast path to the end.
        var prose = string.Concat(Enumerable.Repeat("a duty of the class \u2014 with \u201cquotes\u201d \u2192 ", dashes));
        var text = prose + "\u0008 and " + new string('\ud800', 1) + " end";
        var chars = text.ToCharArray();

        Assert.Equal(prose.Length, ForbiddenCharacters.IndexIn(text));
        Assert.Equal(2, ForbiddenCharacters.ReplaceIn(chars));
        Assert.Equal(prose + "  and \ufffd end", new string(chars));
    }
}
