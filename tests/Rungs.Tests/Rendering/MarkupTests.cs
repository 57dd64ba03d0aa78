using System.Text;
using Rungs.Diagnostics;
using Rungs.Input;
using Rungs.Rendering.Text;
using Rungs.Rendering;
using Scriban.Runtime;

namespace Rungs.Tests.Rendering;

/// <summary>
/// Markup made in code (a class table's rows, a comparison's words) is written straight into the page where a template
/// prints it, and is plain text to everything else a template does with it.
/// </summary>
public sealed class MarkupTests
{
    private sealed class Fixed(string text) : Markup
    {
        public override int Length => text.Length;

        public override void CopyTo(Span<char> destination) => text.CopyTo(destination);
    }

    [Fact]
    public void A_template_prints_markup_as_its_text()
    {
        Assert.Equal("<p><b>a & b</b></p>", Render("<p>{{ m }}</p>", new Fixed("<b>a & b</b>")));
    }

    [Fact]
    public void Filters_and_comparisons_see_markup_as_text()
    {
        Assert.Equal("11 yes B>", Render("{{ m | string.size }} {{ m == '<b>x</b>y z' ? 'yes' : 'no' }} {{ m | string.slice 1 2 | string.upcase }}", new Fixed("<b>x</b>y z")));
    }

    [Fact]
    public void Markup_on_an_indented_line_is_indented_like_a_string()
    {
        const string template = "<ul>\n  {{ m }}\n</ul>";
        Assert.Equal("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>", Render(template, new Fixed("<li>a</li>\n<li>b</li>")));
    }

    [Theory]
    [InlineData("{{ m }}\n  {{ m }}\n")]
    [InlineData("<ul>\n{{ m }}\n    {{ m }}\n</ul>")]
    [InlineData("{{ m }}{{ m }}\n  x {{ m }}\n  {{ m }}")]
    [InlineData("<div>\n  {{~ m ~}}\n</div>\n{{ m }}")]
    [InlineData("  {{ if true }}\n{{ m }}\n  {{ end }}\n  {{ m }}")]
    public void Markup_prints_exactly_as_the_same_text_as_a_string_wherever_it_stands(string template)
    {
        foreach (var text in new[] { "<li>a</li>\n<li>b</li>", "<li>a</li>\n", "\n", "é", "" })
            Assert.Equal(Render(template, text), Render(template, new Fixed(text)));
    }

    [Fact]
    public void Markup_is_the_same_text_as_a_string()
    {
        Assert.Equal("<i>é</i>", new Fixed("<i>é</i>").ToString());
        Assert.Equal("", new Fixed("").ToString());
    }

    [Fact]
    public void Pages_much_larger_than_the_buffer_are_handed_on_whole_and_the_next_page_starts_empty()
    {
        var output = new PageTextOutput();
        var big = new string('x', 5_000_000);
        output.Write("<p>", 0, 3);
        output.Write(new Fixed(big));
        for (var i = 0; i < 1000; i++) output.Write("abcdefghij", 0, 10);
        string? page = null;
        output.Take(text => page = text.ToString());

        Assert.Equal("<p>" + big + string.Concat(Enumerable.Repeat("abcdefghij", 1000)), page);
        output.Write("next", 0, 4);
        output.Take(text => page = text.ToString());
        Assert.Equal("next", page);
    }

    private static string Render(string template, object markup)
    {
        var theme = new ThemeFiles();
        theme.Overlay([new ThemeFile("layouts/page.html", "themes/test/layouts/page.html", Encoding.UTF8.GetBytes(template))]);
        var diagnostics = new DiagnosticList();
        var html = TemplateSet.Parse(theme, diagnostics, compiled: false).Render("layouts/page.html", new ScriptObject { ["m"] = markup }, diagnostics, "page.html");
        Assert.Empty(diagnostics.Items);
        return html!;
    }

    [Fact]
    public void Text_escaped_into_a_page_is_exactly_what_Scriban_html_escape_makes_of_it()
    {
        // Characters on either side of every rule: the five escaped ASCII, U+009F/U+00A0 and U+00FF/U+0100, surrogate
        // pairs, lone surrogates of both halves (at the end too), and plain text.
        string[] pieces = ["a", "plain text ", "<", ">", "\"", "'", "&", "=", "\u009F", "\u00A0", "\u00E9", "\u00FF", "\u0100", "\u2013",
            "\uD83D\uDE00", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFD", "\uFFFF"];
        var random = new Random(22);
        var compared = 0;
        var escapedSomething = 0;
        for (var n = 0; n < 5000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var output = new PageTextOutput();
            output.WriteEscaped(text);
            var expected = Scriban.Functions.HtmlFunctions.Escape(text);
            Assert.Equal(expected, output.Written.ToString());
            compared++;
            if (expected != text) escapedSomething++;
        }

        Assert.Equal(5000, compared);
        Assert.True(escapedSomething > 4000, $"only {escapedSomething} texts needed escaping");
    }
}
