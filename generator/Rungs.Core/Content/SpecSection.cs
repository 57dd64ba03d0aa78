using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>One level-2 section of a spec's body, rendered once to HTML and kept as data.</summary>
/// <param name="Heading">The heading as the author wrote it.</param>
/// <param name="Id">The anchor of the section on its page.</param>
/// <param name="Kind">The known section it is, or <see cref="SectionKind.Other"/>.</param>
/// <param name="Html">The section's content (without its heading) as HTML.</param>
/// <param name="Text">The section's plain text, for search and text comparison.</param>
/// <param name="Items">The list items of a known section; empty for other sections.</param>
public sealed record SpecSection(
    string Heading,
    string Id,
    SectionKind Kind,
    string Html,
    string Text,
    IReadOnlyList<SectionItem> Items,
    SourcePosition Position)
{
    // The two long texts are kept compact for the life of the build (every section of every file is held) and are
    // read a few times each: the HTML once per page, the text for search and comparisons.
    private readonly CompactText _html = CompactText.Of(Html);
    private readonly CompactText _text = CompactText.Of(Text);

    /// <summary>A section whose texts the parser made compact straight from its buffers.</summary>
    internal SpecSection(string heading, string id, SectionKind kind, CompactText html, CompactText text, IReadOnlyList<SectionItem> items, SourcePosition position)
        : this(heading, id, kind, "", "", items, position)
    {
        _html = html;
        _text = text;
    }

    /// <summary>The section's HTML as it is kept, for a page to decode straight into its output.</summary>
    internal CompactText CompactHtml => _html;

    /// <summary>The section's plain text as it is kept, for the search index to decode into a buffer of its own.</summary>
    internal CompactText CompactText => _text;

    [WrittenFrom(nameof(CompactHtml))]
    public string Html
    {
        get => _html.ToString();
        init => _html = CompactText.Of(value);
    }

    public string Text
    {
        get => _text.ToString();
        init => _text = CompactText.Of(value);
    }
}
