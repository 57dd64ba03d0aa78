using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Rungs.Content;

namespace Rungs.Parsing;

/// <summary>
/// Renders a run of Markdown blocks (a section, a file's introduction) to HTML with a renderer kept per thread and
/// per pipeline. Building an <see cref="HtmlRenderer"/> and setting it up for a pipeline costs more than rendering a
/// section, and a site renders tens of thousands of sections.
/// </summary>
internal sealed class BlockHtmlRenderer : HtmlRenderer
{
    // One per thread: a renderer holds the state of the render in progress. Keyed by pipeline, as each sets up its own.
    [ThreadStatic] private static BlockHtmlRenderer? t_cached;

    private readonly MarkdownPipeline _pipeline;

    private BlockHtmlRenderer(MarkdownPipeline pipeline) : base(new StringWriter())
    {
        _pipeline = pipeline;
        pipeline.Setup(this);
    }

    /// <summary>The HTML of the blocks, exactly as a new renderer set up for <paramref name="pipeline"/> would write it.</summary>
    public static string Render(IReadOnlyList<Block> blocks, MarkdownPipeline pipeline) =>
        blocks.Count == 0 ? "" : Render(blocks, pipeline, static html => html.ToString());

    /// <summary>The same HTML, made compact straight from the renderer's buffer (no string in between).</summary>
    public static CompactText RenderCompact(IReadOnlyList<Block> blocks, MarkdownPipeline pipeline) =>
        blocks.Count == 0 ? CompactText.Of("") : Render(blocks, pipeline, static html => CompactText.Of(html, 0, html.Length));

    private static T Render<T>(IReadOnlyList<Block> blocks, MarkdownPipeline pipeline, Func<StringBuilder, T> result)
    {
        // Taken out while in use: a render that throws leaves the renderer half-way, and it is then simply dropped.
        var renderer = t_cached is { } cached && ReferenceEquals(cached._pipeline, pipeline) ? cached : new BlockHtmlRenderer(pipeline);
        t_cached = null;
        // Reset empties the writer and restores the start-of-text state (line start, no indents) of a new renderer.
        renderer.Reset();
        foreach (var block in blocks) renderer.Render(block);
        var html = result(((StringWriter)renderer.Writer).GetStringBuilder());
        t_cached = renderer;
        return html;
    }
}
