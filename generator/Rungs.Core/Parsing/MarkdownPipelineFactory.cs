using Markdig;

namespace Rungs.Parsing;

/// <summary>The one Markdig pipeline of the generator: built once, immutable, shared by every thread.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// Tables, auto-identifiers, task lists and the other common extensions. Raw HTML is off:
    /// specs are written by many hands and the published site is an official record.
    /// </summary>
    public static MarkdownPipeline Shared { get; } = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();
}
