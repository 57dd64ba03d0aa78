using System.Globalization;
using Rungs.Comparison;
using Rungs.Comparison.Specs;

namespace Rungs.Review;

/// <summary>The plain-text phrases every report format shares: counts, kind names, one-line summaries.</summary>
public static class ReviewText
{
    public const string None = "(none)";

    /// <summary>`Pay grade: 15 → 16`; a missing value reads `(none)`.</summary>
    public static string FieldSummary(FieldChange field) => $"{field.Label}: {field.Before ?? None} → {field.After ?? None}";

    /// <summary>What changed in a section: `section added`, `section removed`, or counts such as `1 reworded, 2 added, text changed`.</summary>
    public static string Describe(SectionDelta section) => section.Status switch
    {
        SectionStatus.Added => "section added",
        SectionStatus.Removed => "section removed",
        _ => Join(Counts(section.Items), section.TextChanged ? "text changed" : null),
    };

    /// <summary>`1 reworded, 2 added, 1 removed, 1 moved` (zero counts left out).</summary>
    public static string Counts(IReadOnlyList<ItemDiff> items) => Join(
        Count(items, ItemChange.Reworded, "reworded"),
        Count(items, ItemChange.Added, "added"),
        Count(items, ItemChange.Removed, "removed"),
        Count(items, ItemChange.Moved, "moved"));

    public static string Singular(ItemKind kind) => kind switch
    {
        ItemKind.Series => "series",
        ItemKind.Class => "class",
        ItemKind.Competency => "competency",
        ItemKind.Ksa => "KSA",
        _ => "job model",
    };

    public static string Plural(ItemKind kind) => kind switch
    {
        ItemKind.Series => "series",
        ItemKind.Class => "classes",
        ItemKind.Competency => "competencies",
        ItemKind.Ksa => "KSAs",
        _ => "job models",
    };

    /// <summary>The kind's id in JSON: `series`, `class`, `competency`, `ksa`, `job-model`.</summary>
    public static string Id(ItemKind kind) => kind switch
    {
        ItemKind.Series => "series",
        ItemKind.Class => "class",
        ItemKind.Competency => "competency",
        ItemKind.Ksa => "ksa",
        _ => "job-model",
    };

    public static string Id(EntryStatus status) => status.ToString().ToLowerInvariant();

    public static string Id(SectionStatus status) => status.ToString().ToLowerInvariant();

    public static string Id(ItemChange change) => change.ToString().ToLowerInvariant();

    public static string Id(WordChange change) => change.ToString().ToLowerInvariant();

    public static string Id(SideKind kind) => kind switch
    {
        SideKind.Folder => "folder",
        SideKind.Revision => "revision",
        _ => "working-tree",
    };

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Plural(int n, string one, string many) => $"{Number(n)} {(n == 1 ? one : many)}";

    /// <summary>`4 changes: classes 1 added, 2 changed; KSAs 1 removed` or `no changes`.</summary>
    public static string Summary(DiffReport report)
    {
        if (report.Entries.Count == 0) return "no changes";
        var kinds = Enum.GetValues<ItemKind>()
            .Where(k => report.Entries.Any(e => e.Kind == k))
            .Select(k => Plural(k) + " " + Join(Enum.GetValues<EntryStatus>()
                .Select(s => (s, n: report.Count(k, s)))
                .Where(p => p.n > 0)
                .Select(p => $"{Number(p.n)} {Id(p.s)}")
                .ToArray()));
        return $"{Plural(report.Entries.Count, "change", "changes")}: {string.Join("; ", kinds)}";
    }

    /// <summary>`2 errors and 1 warning`, `1 error`, or `no problems`.</summary>
    public static string Problems(SideSummary side) => (side.Errors, side.Warnings) switch
    {
        (0, 0) => "no problems",
        (var e, 0) => Plural(e, "error", "errors"),
        (0, var w) => Plural(w, "warning", "warnings"),
        var (e, w) => $"{Plural(e, "error", "errors")} and {Plural(w, "warning", "warnings")}",
    };

    private static string? Count(IReadOnlyList<ItemDiff> items, ItemChange change, string word)
    {
        var n = items.Count(i => i.Change == change);
        return n == 0 ? null : $"{Number(n)} {word}";
    }

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
