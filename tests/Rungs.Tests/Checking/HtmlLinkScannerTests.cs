using Rungs.Checking;

namespace Rungs.Tests.Checking;

/// <summary>
/// The scanner reads attributes the way the link check always has: words split by whitespace (anything
/// char.IsWhiteSpace calls whitespace) and `/`, a value after `=` quoted or running to whitespace or `&gt;`.
/// </summary>
public class HtmlLinkScannerTests
{
    /// <summary>The links and the anchors found, each list joined by spaces.</summary>
    private static (string Links, string Anchors) Scan(string html)
    {
        var links = new List<string>();
        var anchors = new List<string>();
        HtmlLinkScanner.Scan(html, v => links.Add(v.ToString()), v => anchors.Add(v.ToString()));
        return (string.Join(' ', links), string.Join(' ', anchors));
    }

    [Fact]
    public void Every_kind_of_whitespace_separates_attributes_and_may_surround_the_equals_sign()
    {
        foreach (var c in Enumerable.Range(0, char.MaxValue + 1).Select(n => (char)n).Where(char.IsWhiteSpace))
        {
            var (links, anchors) = Scan($"<a{c}class=x{c}href{c}={c}\"t.html\"{c}id={c}y{c}>");
            Assert.Equal(("t.html", "y"), (links, anchors));
        }
    }

    [Fact]
    public void A_character_that_is_not_whitespace_is_part_of_the_attribute_name()
    {
        var (links, _) = Scan("<a\u200Bhref=\"x.html\" data-href=\"y.html\" xhref=z>");

        Assert.Equal("", links);
    }

    [Fact]
    public void Slashes_separate_attributes_and_a_value_may_hold_a_closing_bracket()
    {
        var (links, anchors) = Scan("""<img/src="a.png"/><p title="a > b" id='c'>text with = and > in it</p><a href=u.html>x</a>""");

        Assert.Equal(("a.png u.html", "c"), (links, anchors));
    }

    [Fact]
    public void Only_the_word_just_before_the_equals_sign_takes_the_value()
    {
        var (links, anchors) = Scan("""<a href id="i" download href = "h.html" name=n>""");

        Assert.Equal(("h.html", "i n"), (links, anchors));
    }

    [Fact]
    public void Names_are_matched_without_regard_to_case_and_name_counts_only_on_a()
    {
        var (links, anchors) = Scan("""<A HREF="a.html" NAME="n"><FORM ACTION="f.html" name="not-an-anchor"><SCRIPT>"<a href='s.html'>"</script><img SRC=i.png>""");

        Assert.Equal(("a.html f.html i.png", "n"), (links, anchors));
    }

    [Fact]
    public void A_page_cut_off_mid_tag_ends_the_scan_quietly()
    {
        foreach (var html in new[] { "<a href=", "<a href=\"x", "<a href", "<a ", "<a", "<", "<!-- x", "<script>" })
            Assert.Equal("", Scan(html).Links);
    }

    [Fact]
    public void Text_of_any_length_between_tags_is_skipped_and_the_next_tag_read()
    {
        // Short gaps are looked through character by character and long ones searched: each length on either side of the switch.
        var checkedLengths = 0;
        for (var length = 0; length <= 40; length++)
        {
            var text = new string('x', length);
            var (links, anchors) = Scan($"<p>{text}<a href=\"a{length}.html\">{text}<b id=b{length}>{text}");
            Assert.Equal(($"a{length}.html", $"b{length}"), (links, anchors));
            Assert.Equal("", Scan(text).Links + Scan(text + "<").Links);
            checkedLengths++;
        }

        Assert.Equal(41, checkedLengths);
    }
}
