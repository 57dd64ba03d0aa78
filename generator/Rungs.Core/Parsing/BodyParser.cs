using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>Parses a Markdown body once into sections: HTML for the page, items and text for comparisons and search.</summary>
public static class BodyParser
{
    /// <param name="diagnostics">Receives unsafe links and HTML that were removed (warnings) and a body nested too deeply to read (an error).</param>
    /// <param name="rawHtml">What to do with HTML tags in the text: `raw_html` from site.yml.</param>
    /// <param name="texts">Shares the headings and item texts with the other files of the build (a pool of its own when null).</param>
    /// <param name="vocabulary">The headings the site adds to the known sections (`sections:` in site.yml).</param>
    public static SpecBody Parse(string markdown, string displayPath, int firstLine, DiagnosticList diagnostics,
        bool isCompetency = false, RawHtml rawHtml = RawHtml.Escape, TextPool? texts = null, SectionVocabulary? vocabulary = null)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return SpecBody.Empty;
        var pipeline = MarkdownPipelineFactory.For(rawHtml);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's only refusal of a string: blocks nested past its depth limit. It does not say where.
            TooDeep(new SourcePosition(displayPath, firstLine + MarkdownDepth.GuessLine(markdown), 1), diagnostics);
            return SpecBody.Empty;
        }

        if (MarkdownDepth.FirstTooDeep(document) is { } deep)
        {
            TooDeep(new SourcePosition(displayPath, firstLine + deep.Line, deep.Column + 1), diagnostics);
            return SpecBody.Empty;
        }

        texts ??= new TextPool();
        UnsafeContentFilter.Apply(document, rawHtml, (line, column) => new SourcePosition(displayPath, firstLine + line, column + 1), diagnostics);

        var intro = new List<Block>();
        var sections = new List<SpecSection>();
        // Ids taken on the page besides the theme's reserved ones (which every Claim checks first, rather than copying them per file).
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        AssignSubheadingIds(document, usedIds, texts, vocabulary);
        HeadingBlock? heading = null;
        // One list for every section in turn: a section is built, and done with its blocks, before the next starts.
        var blocks = new List<Block>();

        void Flush()
        {
            if (heading is null) return;
            sections.Add(BuildSection(heading, blocks, displayPath, firstLine, isCompetency, usedIds, pipeline, texts, vocabulary));
            blocks.Clear();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: <= 2 } h)
            {
                Flush();
                heading = h;
                continue;
            }

            (heading is null ? intro : blocks).Add(block);
        }

        Flush();
        return new SpecBody(BlockHtmlRenderer.Render(intro, pipeline), sections.ToArray());
    }

    private static void TooDeep(SourcePosition at, DiagnosticList diagnostics) =>
        diagnostics.Error(DiagnosticCodes.NestedTooDeep, at,
            $"the text nests quotes, lists, links or emphasis more than {MarkdownDepth.Limit} levels deep",
            "look for a long run of `>`, list markers, `[` or `*` at the start of a line or inside it; no spec needs this depth");

    private static SpecSection BuildSection(HeadingBlock heading, List<Block> blocks, string path, int firstLine, bool isCompetency, HashSet<string> usedIds,
        MarkdownPipeline pipeline, TextPool texts, SectionVocabulary? vocabulary)
    {
        var title = InlineText.Of(heading.Inline, texts);
        var kind = SectionCatalog.Classify(title, isCompetency, vocabulary);
        var baseId = SectionCatalog.AnchorOf(kind) ?? heading.GetAttributes().Id ?? Slug.Suggest(title);
        var id = baseId;
        for (var n = 2; !Claim(usedIds, id); n++) id = $"{baseId}-{n}";

        var items = kind == SectionKind.Other ? [] : ExtractItems(blocks, path, firstLine, texts);
        var text = texts.Of(InlineText.OfBlocks(blocks));
        return new SpecSection(title, id, kind, texts.Of(BlockHtmlRenderer.RenderCompact(blocks, pipeline)), text, items, At(heading, path, firstLine));
    }

    /// <summary>Takes an id for the page unless the theme reserves it or it is taken already.</summary>
    private static bool Claim(HashSet<string> used, string id) => !SectionCatalog.ReservedIds.Contains(id) && used.Add(id);

    /// <summary>Gives every heading below level 2 an id that no section, theme block or other heading has.</summary>
    private static void AssignSubheadingIds(MarkdownDocument document, HashSet<string> usedIds, TextPool texts, SectionVocabulary? vocabulary)
    {
        List<HeadingBlock>? subheadings = null;
        CollectSubheadings(document, ref subheadings);
        if (subheadings is null) return;
        // Section ids (level 1–2) are chosen first, in order, so a subheading never takes a section's anchor.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: <= 2 } section && SectionCatalog.AnchorOf(SectionCatalog.Classify(InlineText.Of(section.Inline, texts), site: vocabulary)) is { } sectionId)
                taken.Add(sectionId);
        }

        foreach (var heading in subheadings)
        {
            var attributes = heading.GetAttributes();
            var baseId = attributes.Id ?? Slug.Suggest(InlineText.Of(heading.Inline, texts));
            var id = baseId;
            for (var n = 2; !Claim(taken, id); n++) id = $"{baseId}-{n}";
            attributes.Id = id;
            // Only the subheadings' ids are reserved here: each section takes its own id when it is built.
            usedIds.Add(id);
        }
    }

    /// <summary>The headings below level 2, in document order (as Markdig's Descendants lists them).</summary>
    private static void CollectSubheadings(ContainerBlock container, ref List<HeadingBlock>? subheadings)
    {
        foreach (var block in container)
        {
            if (block is HeadingBlock { Level: > 2 } heading) (subheadings ??= []).Add(heading);
            else if (block is ContainerBlock nested) CollectSubheadings(nested, ref subheadings);
        }
    }

    private static IReadOnlyList<SectionItem> ExtractItems(List<Block> blocks, string path, int firstLine, TextPool texts)
    {
        var items = new List<SectionItem>();
        string? group = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock h) group = InlineText.Of(h.Inline, texts);
            else if (block is ListBlock list) items.AddRange(ItemsOf(list, group, path, firstLine, texts));
            else if (block is Table table) items.AddRange(RowsOf(table, path, firstLine, texts).Select(r => r with { Group = group }));
        }

        // Kept for the whole build: an array of exactly the items, not a list with room to grow.
        return items.Count == 0 ? [] : items.ToArray();
    }

    private static List<SectionItem> ItemsOf(ListBlock list, string? group, string path, int firstLine, TextPool texts)
    {
        var items = new List<SectionItem>(list.Count);
        foreach (var block in list)
        {
            if (block is not ListItemBlock item) continue;
            // The item's paragraphs joined by spaces; most items have one, and no nested parts.
            string? text = null;
            // Nested lists and tables (a semester-hours conversion table) are the item's parts, compared row by row.
            List<SectionItem>? children = null;
            foreach (var part in item)
            {
                switch (part)
                {
                    case ParagraphBlock:
                        var paragraph = InlineText.OfBlock(part, texts);
                        text = text is null ? paragraph : texts.Of($"{text} {paragraph}");
                        break;
                    case ListBlock nested:
                        (children ??= []).AddRange(ItemsOf(nested, null, path, firstLine, texts));
                        break;
                    case Table table:
                        (children ??= []).AddRange(RowsOf(table, path, firstLine, texts));
                        break;
                }
            }

            // Most items have no parts: they share the one empty array rather than each holding an empty list.
            items.Add(new SectionItem(text ?? "", group, children is null ? [] : children.ToArray(), At(item, path, firstLine)));
        }

        return items;
    }

    /// <summary>Each body row of a table as one item, its cells joined by " – " ("30 semester hours – 1 year (12 months)").</summary>
    private static IEnumerable<SectionItem> RowsOf(Table table, string path, int firstLine, TextPool texts) =>
        table.OfType<TableRow>().Where(r => !r.IsHeader).Select(row => new SectionItem(
            texts.Of(string.Join(" – ", row.OfType<TableCell>().Select(cell => InlineText.OfBlock(cell)).Where(t => t.Length > 0))), null, [],
            At(row, path, firstLine)));

    private static SourcePosition At(Block block, string path, int firstLine) =>
        new(path, firstLine + block.Line, block.Column + 1);
}
