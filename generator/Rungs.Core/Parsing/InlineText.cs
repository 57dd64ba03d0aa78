using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Rungs.Parsing;

/// <summary>The plain text of Markdown inlines and blocks, for headings, list items and search.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return Collapse(builder.ToString());
    }

    /// <summary>The text of a block and everything inside it, paragraphs separated by newlines.</summary>
    public static string OfBlock(Block block)
    {
        var builder = new StringBuilder();
        AppendBlock(builder, block);
        return builder.ToString().Trim();
    }

    private static void AppendBlock(StringBuilder builder, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                builder.Append(Of(inline)).Append('\n');
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                builder.Append(leaf.Lines.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container) AppendBlock(builder, child);
                break;
        }
    }

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append(' '); break;
            case HtmlEntityInline entity: builder.Append(entity.Transcoded.AsSpan()); break;
            case AutolinkInline link: builder.Append(link.Url); break;
            case ContainerInline container:
                foreach (var child in container) Append(builder, child);
                break;
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
