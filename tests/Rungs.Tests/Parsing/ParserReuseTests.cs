using Markdig;
using Markdig.Renderers;
using Rungs.Diagnostics;
using Rungs.Parsing;
using YamlDotNet.RepresentationModel;

namespace Rungs.Tests.Parsing;

/// <summary>
/// The parser reuses work for speed (YAML events replayed, renderers and text builders kept per thread); each
/// shortcut must give exactly what doing the work afresh gives.
/// </summary>
public sealed class ParserReuseTests
{
    private const string Path = "content/series/cs/cs-x.md";

    [Fact]
    public void Front_matter_loaded_from_replayed_events_has_the_nodes_and_positions_of_a_load_from_the_text()
    {
        const string yaml = "title: Clerk\ncode: \"4807\"\nksas: [a, b]\nexample_positions:\n  - Front desk\nlist:\n- 'x'\nnav:\n  - title: Home\n    url: /\nempty:\n";
        var replayed = YamlLoader.LoadMapping(yaml, Path, 2, new DiagnosticList());
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        Assert.NotNull(replayed);
        Assert.Equal(Describe(stream.Documents[0].RootNode), Describe(replayed));
    }

    [Fact]
    public void A_duplicate_key_is_still_reported_where_it_is()
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(YamlLoader.LoadMapping("title: A\ncode: \"1\"\ntitle: B\n", Path, 2, diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((4, 1), (error.Position.Line, error.Position.Column));
        Assert.Contains("appears twice", error.Message);
    }

    [Fact]
    public void Item_and_section_text_collapse_spaces_tabs_and_line_breaks_to_single_spaces()
    {
        var body = BodyParser.Parse("## Duties\n\n-   answers  routine\n    `a\tb`  inquiries  \n- second\\\n  line\n", Path, 5, new DiagnosticList());

        var section = Assert.Single(body.Sections);
        Assert.Equal(["answers routine a b inquiries", "second line"], section.Items.Select(i => i.Text));
        Assert.Equal("answers routine a b inquiries\nsecond line", section.Text);
    }

    [Fact]
    public void Sections_render_as_a_new_renderer_would_render_them()
    {
        const string markdown = "Intro *text*.\n\n## Duties\n\n1. one\n2. two\n\n> quoted\n\n## Other\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        var first = BodyParser.Parse(markdown, Path, 5, new DiagnosticList());
        var again = BodyParser.Parse(markdown, Path, 5, new DiagnosticList());

        var document = Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        Assert.Equal(Fresh(document[0]), first.IntroHtml);
        Assert.Equal([Fresh(document[2], document[3]), Fresh(document[5])], first.Sections.Select(s => s.Html));
        Assert.Equal(first.Sections.Select(s => s.Html), again.Sections.Select(s => s.Html));
    }

    private static string Fresh(params Markdig.Syntax.Block[] blocks)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        foreach (var block in blocks) renderer.Render(block);
        return writer.ToString();
    }

    private static List<string> Describe(YamlNode root) =>
        root.AllNodes.Select(n => $"{n.GetType().Name} {n.Start.Line}:{n.Start.Column}-{n.End.Line}:{n.End.Column} {(n as YamlScalarNode)?.Value} {(n as YamlScalarNode)?.Style}").ToList();
}
