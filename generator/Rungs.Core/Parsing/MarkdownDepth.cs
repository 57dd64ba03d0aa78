using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Rungs.Parsing;

/// <summary>
/// How deeply a parsed Markdown document nests (quotes, lists, emphasis, links), found without recursion. The body
/// parser refuses a document deeper than <see cref="Limit"/> before anything walks it recursively: Markdig's renderer
/// stops at 128 levels with an exception, and the walks that extract items and text would otherwise go as deep as the file.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>Far more than any spec needs, and safely under Markdig's own limit of 128.</summary>
    public const int Limit = 100;

    /// <summary>The first element found deeper than <see cref="Limit"/>, or null when the document is within it.</summary>
    public static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var current))
        {
            if (current.Depth > Limit) return current.Node;
            switch (current.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, current.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, current.Depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, current.Depth + 1));
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// The 0-based line most likely to blame when Markdig refuses a text as too deep (it does not say where):
    /// the first whose leading quote and list markers and indentation run past <see cref="Limit"/> characters, else the first.
    /// </summary>
    public static int GuessLine(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = 0;
            while (run < lines[i].Length && lines[i][run] is '>' or '-' or '*' or '+' or ' ' or '\t') run++;
            if (run > Limit) return i;
        }

        return 0;
    }
}
