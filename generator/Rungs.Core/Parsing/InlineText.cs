using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rungs.Content;

namespace Rungs.Parsing;

/// <summary>The plain text of Markdown inlines and blocks, for headings, list items and search.</summary>
public static class InlineText
{
    // Text is gathered in a builder kept per thread: every heading, list item and section asks for its text, and a
    // new builder (grown chunk by chunk, then copied, trimmed and collapsed) cost several times the text it made.
    [ThreadStatic] private static StringBuilder? t_spare;

    /// <summary>The words of the inlines, joined by single spaces (no space at either end).</summary>
    /// <param name="pool">Where a text the model keeps is shared rather than made again.</param>
    public static string Of(ContainerInline? inline, TextPool? pool = null)
    {
        var builder = Rent();
        var words = new WordWriter(builder);
        Append(ref words, inline);
        return Return(builder, 0, builder.Length, pool);
    }

    /// <summary>The text of a block and everything inside it, paragraphs separated by newlines.</summary>
    /// <param name="pool">Where a text the model keeps is shared rather than made again.</param>
    public static string OfBlock(Block block, TextPool? pool = null)
    {
        var builder = Rent();
        AppendBlock(builder, block);
        // As string.Trim(): white space at either end is dropped.
        var start = 0;
        while (start < builder.Length && char.IsWhiteSpace(builder[start])) start++;
        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1])) end--;
        return Return(builder, start, end - start, pool);
    }

    /// <summary>
    /// The texts of the blocks (each as <see cref="OfBlock"/> gives it), the empty ones left out, joined by newlines:
    /// a section's text, made in one builder rather than as a string per block and then a joined copy.
    /// </summary>
    public static CompactText OfBlocks(IReadOnlyList<Block> blocks)
    {
        var builder = Rent();
        foreach (var block in blocks)
        {
            var separator = builder.Length;
            if (separator > 0) builder.Append('\n');
            var start = builder.Length;
            AppendBlock(builder, block);
            var end = builder.Length;
            while (end > start && char.IsWhiteSpace(builder[end - 1])) end--;
            var first = start;
            while (first < end && char.IsWhiteSpace(builder[first])) first++;
            if (first == end)
            {
                builder.Length = separator;
                continue;
            }

            builder.Length = end;
            if (first > start) builder.Remove(start, first - start);
        }

        var text = CompactText.Of(builder, 0, builder.Length);
        Return(builder);
        return text;
    }

    private static void AppendBlock(StringBuilder builder, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                var words = new WordWriter(builder);
                Append(ref words, inline);
                builder.Append('\n');
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                builder.Append(leaf.Lines.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container) AppendBlock(builder, child);
                break;
        }
    }

    private static void Append(ref WordWriter words, Inline? inline)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline literal: words.Write(literal.Content.AsSpan()); break;
            case CodeInline code: words.Write(code.Content); break;
            case LineBreakInline: words.Write(" "); break;
            case HtmlEntityInline entity: words.Write(entity.Transcoded.AsSpan()); break;
            case AutolinkInline link: words.Write(link.Url); break;
            case ContainerInline container:
                foreach (var child in container) Append(ref words, child);
                break;
        }
    }

    private static StringBuilder Rent()
    {
        // Taken out while in use, so that a nested call (none today) would simply get a builder of its own.
        var builder = t_spare ?? new StringBuilder(256);
        t_spare = null;
        return builder;
    }

    private static string Return(StringBuilder builder, int start, int length, TextPool? pool)
    {
        var text = pool is null ? builder.ToString(start, length) : pool.Of(builder, start, length);
        Return(builder);
        return text;
    }

    private static void Return(StringBuilder builder)
    {
        builder.Clear();
        // A huge text leaves its builder to the garbage collector rather than keeping its memory for the thread's life.
        if (builder.Capacity <= 64 * 1024) t_spare = builder;
    }

    /// <summary>
    /// Writes text as its words (split at spaces, newlines and tabs) joined by single spaces, with no space at either
    /// end: the text of one heading, paragraph or table cell reads as one line.
    /// </summary>
    private struct WordWriter(StringBuilder builder)
    {
        private bool _anyWord;
        private bool _spacePending;

        public void Write(ReadOnlySpan<char> text)
        {
            while (text.Length > 0)
            {
                var gap = text.IndexOfAny(' ', '\n', '\t');
                var word = gap < 0 ? text : text[..gap];
                if (word.Length > 0)
                {
                    if (_spacePending) builder.Append(' ');
                    builder.Append(word);
                    _anyWord = true;
                    _spacePending = false;
                }

                if (gap < 0) return;
                _spacePending = _anyWord;
                text = text[(gap + 1)..];
            }
        }
    }
}
