using Rungs.Diagnostics;

namespace Rungs.Content;

/// <summary>One list item of a known section (a duty, a KSA, a qualification rule): the unit comparisons diff.</summary>
/// <param name="Text">The item's own text, without its nested items.</param>
/// <param name="Group">The level-3 heading the item sits under (e.g. "Ability to"), if any.</param>
/// <param name="Children">Nested items, such as the (a)/(b) alternatives of a qualification rule.</param>
public sealed record SectionItem(string Text, string? Group, IReadOnlyList<SectionItem> Children, SourcePosition Position);
