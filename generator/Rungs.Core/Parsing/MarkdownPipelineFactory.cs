using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Rungs.Content;

namespace Rungs.Parsing;

/// <summary>The generator's Markdig pipelines: built once, immutable, shared by every thread.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// Tables, auto-identifiers, task lists and the other common extensions. Raw HTML is off (shown as text):
    /// specs are written by many hands and the published site is an official record.
    /// </summary>
    public static MarkdownPipeline Shared { get; } = Build(html: false);

    /// <summary>The same extensions with raw HTML parsed, for `raw_html: allow-list`; the body parser cleans every tag.</summary>
    public static MarkdownPipeline WithRawHtml { get; } = Build(html: true);

    public static MarkdownPipeline For(RawHtml rawHtml) => rawHtml == RawHtml.AllowList ? WithRawHtml : Shared;

    private static MarkdownPipeline Build(bool html)
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        // Generic attributes (`{onclick=…}` after a paragraph) would let content set any attribute, event handlers
        // included, even with HTML off; media links turn an image link into an <iframe> to another site.
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        builder.Extensions.TryRemove<MediaLinkExtension>();
        if (!html) builder.DisableHtml();
        return builder.Build();
    }
}
