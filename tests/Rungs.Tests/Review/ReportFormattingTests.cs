using Markdig;
using Rungs.Comparison;
using Rungs.Review;
using Rungs.Tests.Support;
using static Rungs.Tests.Review.ReviewSites;

namespace Rungs.Tests.Review;

/// <summary>How reports show content text: Markdown and HTML escaping, word diffs, long runs cut to context, folding.</summary>
public sealed class ReportFormattingTests
{
    private const string Assistant = "series/cs/cs-assistant.md";

    private static DiffReport Report(TestSite before, TestSite after) =>
        DiffReport.Create(new ReviewSide("old", SideKind.Folder, null, before.Sources()), new ReviewSide("new", SideKind.Folder, null, after.Sources()));

    private static TestSite WithDuty(string duty) => Ladder().With(Assistant,
        Ladder().Files[Assistant].Replace("- greets visitors and directs them", "- " + duty));

    [Theory]
    [InlineData("plain words, (parentheses) and 1.5 years", "plain words, (parentheses) and 1.5 years")]
    [InlineData("*bold* _em_ ~strike~ `code`", "\\*bold\\* \\_em\\_ \\~strike\\~ \\`code\\`")]
    [InlineData("[link](http://x) <b>html</b> a|b #1 &amp; $5", "\\[link\\](http://x) \\<b\\>html\\</b\\> a\\|b \\#1 \\&amp; \\$5")]
    [InlineData("back\\slash\nnew line", "back\\\\slash new line")]
    public void Markdown_escaping_makes_every_special_character_literal(string text, string escaped)
    {
        Assert.Equal(escaped, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("1. first", "1\\. first")]
    [InlineData("12) twelfth", "12\\) twelfth")]
    [InlineData("- dash", "\\- dash")]
    [InlineData("+ plus", "\\+ plus")]
    [InlineData("1.5 years", "1.5 years")]
    public void At_the_start_of_a_line_list_markers_are_escaped_too(string text, string escaped)
    {
        Assert.Equal(escaped, MarkdownText.Escape(text, lineStart: true));
        Assert.Equal(text, MarkdownText.Escape(text, lineStart: false));
    }

    [Fact]
    public void Code_spans_hold_backticks()
    {
        Assert.Equal("`main`", MarkdownText.Code("main"));
        Assert.Equal("``a`b``", MarkdownText.Code("a`b"));
        Assert.Equal("`` `x ``", MarkdownText.Code("`x"));
    }

    [Fact]
    public void Long_unchanged_runs_keep_twelve_words_of_context_around_each_change()
    {
        var before = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}"));
        var after = before.Replace("w20", "CHANGED");

        Assert.Equal(
            "… w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 ~~w20~~ **CHANGED** w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 …",
            MarkdownText.Words(WordDiff.Compare(before, after)));
        Assert.Equal("a ~~b~~ **c** d", MarkdownText.Words(WordDiff.Compare("a b d", "a c d")));
    }

    [Fact]
    public void Content_text_cannot_inject_markup_into_the_markdown_or_html_report()
    {
        // Markdown escapes and entities in the spec are how its text comes to hold such characters.
        var report = Report(
            WithDuty("keeps \\*records\\* of &lt;b&gt;fees&lt;/b&gt;"),
            WithDuty("keeps \\*records\\* of &lt;script&gt;alert(1)&lt;/script&gt; fees &amp; \\[links](x)"));

        var markdown = MarkdownReport.Write(report);
        Assert.Contains("- keeps \\*records\\* of ~~\\<b\\>fees\\</b\\>~~ **\\<script\\>alert(1)\\</script\\> fees \\& \\[links\\](x)**", markdown);

        // Rendered as GitHub would (CommonMark plus strikethrough): the words are text, the diff marks are markup.
        var rendered = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        Assert.DoesNotContain("<script>", rendered);
        Assert.DoesNotContain("<b>", rendered);
        Assert.Contains("<li>keeps *records* of <del>&lt;b&gt;fees&lt;/b&gt;</del> <strong>&lt;script&gt;alert(1)&lt;/script&gt; fees &amp; [links](x)</strong></li>", rendered);

        var html = HtmlReport.Write(report);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("keeps *records* of <del>&lt;b&gt;fees&lt;/b&gt;</del> <ins>&lt;script&gt;alert(1)&lt;/script&gt; fees &amp; [links](x)</ins>", html);
    }

    [Fact]
    public void A_section_with_many_changes_is_folded_in_details_and_a_short_one_is_not()
    {
        var many = Ladder().With(Assistant, Ladder().Files[Assistant].Replace(
            "- greets visitors and directs them",
            string.Join("\n", Enumerable.Range(1, 7).Select(i => $"- handles request type {i}"))));

        var folded = MarkdownReport.Write(Report(Ladder(), many));
        Assert.Contains("<details>\n<summary>Duties: 7 added, 1 removed</summary>\n\n- ~~greets visitors and directs them~~\n- **handles request type 1**\n", folded);
        Assert.EndsWith("- **handles request type 7**\n\n</details>\n", folded);

        var shortOne = MarkdownReport.Write(Report(Ladder(), WithDuty("greets visitors and directs them politely")));
        Assert.Contains("\n**Duties**: 1 reworded\n\n- greets visitors and directs them **politely**\n", shortOne);
        Assert.DoesNotContain("<details>", shortOne);
    }

    [Fact]
    public void Reports_are_deterministic_and_use_lf_line_ends()
    {
        var (before, after) = (Ladder(), WithDuty("greets visitors"));
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            var first = ReportWriter.Write(Report(before, after), format);
            Assert.Equal(first, ReportWriter.Write(Report(before, after), format));
            Assert.DoesNotContain('\r', first);
            Assert.EndsWith("\n", first);
        }
    }
}
