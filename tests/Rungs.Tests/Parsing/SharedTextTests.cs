using System.Text;
using Rungs.Content;
using Rungs.Input;
using Rungs.Parsing;

namespace Rungs.Tests.Parsing;

/// <summary>
/// The parsed model lives for the whole build, and classes repeat their duties word for word: a text written in many
/// files is kept once, and sharing it never changes what any file reads.
/// </summary>
public sealed class SharedTextTests
{
    [Fact]
    public void A_pool_gives_one_copy_of_each_text_however_it_is_asked_for()
    {
        var pool = new TextPool();
        var first = pool.Of("answers routine inquiries".AsSpan());
        var builder = new StringBuilder("- answers routine inquiries!");

        Assert.Same(first, pool.Of(new string("answers routine inquiries")));
        Assert.Same(first, pool.Of(builder, 2, 25));
        Assert.Equal("", pool.Of(builder, 3, 0));
    }

    [Fact]
    public void A_text_longer_than_one_chunk_of_its_builder_is_pooled_whole()
    {
        var pool = new TextPool();
        var builder = new StringBuilder(16);
        for (var i = 0; i < 50; i++) builder.Append("word ").Append(i).Append(' ');
        var expected = builder.ToString(3, builder.Length - 10);

        Assert.Same(pool.Of(expected), pool.Of(builder, 3, builder.Length - 10));
    }

    [Fact]
    public void Items_headings_and_groups_repeated_across_files_are_one_string()
    {
        const string body = "## Duties\n\n### Ability to\n\n- answers routine inquiries\n  - in person\n";
        var sources = ContentSources.FromText([
            new("site.yml", "title: Site\n"),
            new("series/cs/_index.md", "---\ntitle: Clerical\n---\n"),
            new("series/cs/cs-1.md", "---\ntitle: Clerk 1\nlevel: 1\n---\n" + body),
            new("series/cs/cs-2.md", "---\ntitle: Clerk 2\nlevel: 2\n---\n" + body),
        ]);

        var classes = ParseStage.Run(sources).Classes;

        Assert.Equal(2, classes.Count);
        var (one, two) = (classes[0].Body.Sections[0], classes[1].Body.Sections[0]);
        Assert.Same(one.Heading, two.Heading);
        Assert.Equal("answers routine inquiries", one.Items[0].Text);
        Assert.Same(one.Items[0].Text, two.Items[0].Text);
        Assert.Same(one.Items[0].Group, two.Items[0].Group);
        Assert.Same(one.Items[0].Children[0].Text, two.Items[0].Children[0].Text);
    }

    [Fact]
    public void A_section_written_the_same_in_two_files_reads_the_same_html_and_text_from_the_shared_copy()
    {
        var pool = new TextPool();
        const string markdown = "## Duties\n\n- answers *routine* inquiries\n";
        var one = Assert.Single(BodyParser.Parse(markdown, "content/series/cs/cs-1.md", 5, new Rungs.Diagnostics.DiagnosticList(), texts: pool).Sections);
        var two = Assert.Single(BodyParser.Parse(markdown, "content/series/cs/cs-2.md", 5, new Rungs.Diagnostics.DiagnosticList(), texts: pool).Sections);

        Assert.Equal("<ul>\n<li>answers <em>routine</em> inquiries</li>\n</ul>\n", two.Html);
        Assert.Equal(one.Html, two.Html);
        Assert.Equal("answers routine inquiries", two.Text);
    }

    [Theory]
    [InlineData("plain", "plain", true)]
    [InlineData("plain", "plain!", false)]
    [InlineData("", "", true)]
    [InlineData("\ud800", "\ud800", true)]
    [InlineData("\ud800", "x", false)]
    public void Compact_texts_are_equal_exactly_when_their_texts_are(string a, string b, bool equal)
    {
        Assert.Equal(equal, CompactText.Of(a).Equals(CompactText.Of(new string(b))));
        if (equal) Assert.Equal(CompactText.Of(a).GetHashCode(), CompactText.Of(b).GetHashCode());
        Assert.Equal(a == "", CompactText.Of(a).Equals(default));
    }

    [Fact]
    public void An_item_without_parts_holds_no_list_of_its_own()
    {
        var body = BodyParser.Parse("## Duties\n\n- one\n- two\n", "content/series/cs/cs-1.md", 5, new Rungs.Diagnostics.DiagnosticList());

        var items = Assert.Single(body.Sections).Items;
        Assert.Same(items[0].Children, items[1].Children);
        Assert.Empty(items[0].Children);
    }
}
