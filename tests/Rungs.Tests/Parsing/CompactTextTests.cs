using System.Text;
using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Tests.Parsing;

/// <summary>Sections keep their HTML and text compact; what is read back must be exactly what was stored.</summary>
public sealed class CompactTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<p>Plain ASCII &amp; markup</p>\n")]
    [InlineData("Ability to – “quote” – café")]
    [InlineData("日本語のテキスト")]
    [InlineData("lone \ud800 surrogate")]
    [InlineData("pair \ud83d\ude00 emoji")]
    public void Text_reads_back_exactly_as_stored(string text)
    {
        Assert.Equal(text, CompactText.Of(text).ToString());
        var builder = new StringBuilder("[").Append(text).Append(']');
        Assert.Equal(text, CompactText.Of(builder, 1, text.Length).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p>Plain ASCII &amp; markup</p>\n")]
    [InlineData("Ability to – “quote” – café")]
    [InlineData("lone \ud800 surrogate")]
    [InlineData("pair \ud83d\ude00 emoji")]
    public void Text_decodes_into_a_buffer_exactly_as_stored(string text)
    {
        var compact = CompactText.Of(text);
        var buffer = new char[compact.Length + 1];

        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text.Length, compact.CopyTo(buffer));
        Assert.Equal(text, new string(buffer, 0, text.Length));
        Assert.Equal('\0', buffer[^1]);
    }

    [Fact]
    public void Sections_with_the_same_texts_are_equal_however_they_were_made()
    {
        var at = SourcePosition.StartOf("a.md");
        var made = new SpecSection("Duties", "duties", SectionKind.Duties, "<p>x</p>", "x", [], at);
        var compact = new SpecSection("Duties", "duties", SectionKind.Duties, CompactText.Of("<p>x</p>"), CompactText.Of("x"), [], at);

        Assert.Equal(made, compact);
        Assert.Equal(made.GetHashCode(), compact.GetHashCode());
        Assert.Equal("<p>y</p>", (made with { Html = "<p>y</p>" }).Html);
    }
}
