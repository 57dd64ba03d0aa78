using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>A one-line notation for diffs, so expected results read like a table row: "= a | ~ b→b2 | + c | - d | ↕ e".</summary>
public static class DiffNotation
{
    /// <summary>Items written "a | b | c"; an empty string is an empty list.</summary>
    public static string[] Items(string list) => list.Length == 0 ? [] : list.Split(" | ");

    /// <summary>= unchanged, ↕ moved, ~ reworded (old→new), + added, - removed; each row shows the item as given.</summary>
    public static string Show(IEnumerable<ItemDiff> rows) => string.Join(" | ", rows.Select(row => row.Change switch
    {
        ItemChange.Unchanged => $"= {row.After}",
        ItemChange.Moved => $"↕ {row.After}",
        ItemChange.Reworded => $"~ {row.Before}→{row.After}",
        ItemChange.Added => $"+ {row.After}",
        ItemChange.Removed => $"- {row.Before}",
        _ => throw new ArgumentOutOfRangeException(nameof(rows), row.Change, null),
    }));

    /// <summary>= same, - removed, + added: "= answers | + all | = calls".</summary>
    public static string Show(IEnumerable<WordSegment> segments) => string.Join(" | ", segments.Select(segment => segment.Change switch
    {
        WordChange.Same => $"= {segment.Text}",
        WordChange.Removed => $"- {segment.Text}",
        WordChange.Added => $"+ {segment.Text}",
        _ => throw new ArgumentOutOfRangeException(nameof(segments), segment.Change, null),
    }));
}
