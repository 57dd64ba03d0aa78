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
    SourcePosition Position);
