using Rungs.Checking;

namespace Rungs.Tests.Checking;

/// <summary>A link's raw text is kept as a number when it is spelled the usual way, and told back exactly.</summary>
public class RawSpellingTests
{
    [Theory]
    [InlineData("../../series/cs/index.html", "series/cs/index.html", "")]
    [InlineData("../b/index.html#duties", "series/b/index.html", "duties")]
    [InlineData("#main", "index.html", "main")]
    [InlineData("../", "series/index.html", "")]
    [InlineData("a#b#c", "s/a", "b#c")]
    public void A_usual_spelling_is_told_back_exactly(string raw, string target, string fragment)
    {
        Assert.True(RawSpelling.TryEncode(raw, target, fragment, out var code));
        Assert.Equal(raw, RawSpelling.Spell(code, target, fragment));
    }

    [Theory]
    [InlineData("../compare/index.html?a=x", "compare/index.html", "")]
    [InlineData("t/index.html#q&amp;", "t/index.html", "q&")]
    [InlineData("a%20b/index.html", "a b/index.html", "")]
    [InlineData("x.html#", "x.html", "")]
    [InlineData(" x.html", "x.html", "")]
    [InlineData("./x.html", "x.html", "")]
    [InlineData("x/", "a/x/index.html", "")]
    public void Any_other_spelling_is_kept_as_text(string raw, string target, string fragment) =>
        Assert.False(RawSpelling.TryEncode(raw, target, fragment, out _));
}
