using Rungs.Parsing;

namespace Rungs.Tests.Hardening;

/// <summary>
/// With `raw_html: allow-list`, raw HTML keeps only the tags and attributes on the list (docs/security.md); the rest
/// is removed, each fragment closes what it opens, and nothing it does not open can be closed.
/// </summary>
public class HtmlAllowListTests
{
    private static (string Html, IReadOnlyCollection<string> Removed) Clean(string html)
    {
        var allowList = new HtmlAllowList();
        return (allowList.Clean(html) + allowList.CloseAll(), allowList.Removed);
    }

    [Theory]
    [InlineData("<b>bold</b> and <em>em</em>", "<b>bold</b> and <em>em</em>")]
    [InlineData("<a href=\"../ksas/grammar/index.html\" title=\"Grammar\">g</a>", "<a href=\"../ksas/grammar/index.html\" title=\"Grammar\">g</a>")]
    [InlineData("<TABLE><TR><TD COLSPAN=2>c</TD></TR></TABLE>", "<table><tr><td colspan=\"2\">c</td></tr></table>")]
    [InlineData("<img src=\"chart.png\" alt=\"A chart\">", "<img src=\"chart.png\" alt=\"A chart\">")]
    public void Allowed_tags_and_attributes_are_kept_in_a_normal_form(string html, string expected)
    {
        Assert.Equal(expected, Clean(html).Html);
    }

    [Theory]
    [InlineData("<b onclick=\"alert(1)\">x</b>", "<b>x</b>", "event handlers (on…)")]
    [InlineData("<span style=\"color:red\" class=\"page-class\" id=\"main\">x</span>", "<span>x</span>", "class, id, style")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>", "a javascript: URL")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>", "<a>x</a>", "a javascript: URL")]
    [InlineData("<a href=\" java\tscript:alert(1)\">x</a>", "<a>x</a>", "a javascript: URL")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<img alt=\"\">", "a data: URL")]
    [InlineData("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>", "<script>")]
    [InlineData("<iframe src=\"https://evil.example/\">fallback</iframe>x", "x", "<iframe>")]
    [InlineData("<svg><script>alert(1)</script></svg>after", "after", "<svg>")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"q\">text</form>", "text", "<form>, <input>")]
    public void Everything_else_is_removed_and_named(string html, string expected, string removed)
    {
        var (cleaned, what) = Clean(html);

        Assert.Equal(expected, cleaned);
        Assert.Equal(removed, string.Join(", ", what));
    }

    [Fact]
    public void A_closing_tag_for_an_element_the_fragment_did_not_open_is_dropped()
    {
        Assert.Equal("<p>text</p>", Clean("</div></main><p>text</p></body>").Html);
    }

    [Fact]
    public void Elements_left_open_are_closed_at_the_end_of_the_fragment_innermost_first()
    {
        Assert.Equal("<div><b><i>x</i></b></div>", Clean("<div><b><i>x").Html);
    }

    [Fact]
    public void Closing_an_outer_element_closes_the_ones_opened_inside_it()
    {
        Assert.Equal("<div><b>x</b></div>y", Clean("<div><b>x</div>y").Html);
    }

    [Fact]
    public void Text_is_kept_with_bare_ampersands_and_angle_brackets_escaped()
    {
        Assert.Equal("R&amp;D &amp; &lt;3 &gt; 2 &copy; &#169; &#xA9;", Clean("R&D & <3 > 2 &copy; &#169; &#xA9;").Html);
    }

    [Fact]
    public void Attribute_values_are_decoded_then_written_escaped()
    {
        Assert.Equal("<abbr title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">x</abbr>",
            Clean("<abbr title='\"><img src=x onerror=alert(1)>'>x</abbr>").Html);
    }
}
