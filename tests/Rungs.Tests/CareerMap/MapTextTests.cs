using Rungs.Rendering.CareerMap;

namespace Rungs.Tests.CareerMap;

/// <summary>Map text: cleaning keeps plain text as it is and fixes the rest; wrapping fills lines up to the width.</summary>
public sealed class MapTextTests
{
    [Theory]
    [InlineData("Accountant II", "Accountant II")]
    [InlineData("  Accountant \t\n II  ", "Accountant II")]
    [InlineData("Accountant  II", "Accountant II")]
    [InlineData("Caf\u00e9\u0085 \ud83d\ude00", "Caf\u00e9 \ud83d\ude00")]
    [InlineData("bell\u0007 and \ufffe", "bell and")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Clean_collapses_whitespace_and_drops_what_xml_forbids(string? text, string clean) =>
        Assert.Equal(clean, MapText.Clean(text));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character() =>
        Assert.Equal("a \ufffdx", MapText.Clean("a \ud800x"));

    [Fact]
    public void Clean_text_is_given_back_as_it_is() =>
        Assert.Same("Senior Data Analyst", MapText.Clean("Senior Data Analyst"));

    [Theory]
    [InlineData("Senior Information Technology Infrastructure Analyst III", false)]
    [InlineData("Senior Information Technology Infrastructure Analyst III", true)]
    [InlineData("Supercalifragilisticexpialidocious-Administrator/Coordinator of Things", false)]
    public void Every_wrapped_line_but_a_single_word_fits_and_no_two_lines_would_fit_on_one(string text, bool monospace)
    {
        const double size = 14, width = 160;
        var lines = MapText.Wrap(text, size, width, maxLines: 5, monospace: monospace);

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(MapText.Width(line, size, monospace: monospace) <= width, line));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }
}
