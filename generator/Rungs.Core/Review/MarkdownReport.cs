using System.Text;
using Rungs.Comparison;
using Rungs.Comparison.Specs;
using static Rungs.Review.MarkdownText;

namespace Rungs.Review;

/// <summary>
/// The diff as GitHub-flavoured Markdown for a pull-request comment: a summary line, high-impact changes first, then
/// each kind of spec with one heading per item. Long blocks are folded in `&lt;details&gt;`. LF line ends; deterministic.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The first line: an HTML comment a bot can look for to update its own comment instead of adding another.</summary>
    public const string Marker = "<!-- rungs-diff -->";

    public static string Write(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line(Marker);
        Line("## Spec changes");
        Line();
        Line($"Base: {Side(report.Base)} · Head: {Side(report.Head)}"
             + (report.ContentPath is { } path ? $" · Content folder: {Code(path.Length == 0 ? "." : path)}" : ""));
        Line();
        Line(SummaryLine(report));
        Problems(report, Line);

        var impact = report.HighImpact;
        if (impact.Count > 0)
        {
            Line();
            Line("### High-impact changes");
            Line();
            foreach (var (entry, change) in impact)
                Line($"- {Name(entry)} — {Escape(change.Summary)}");
        }

        foreach (var kind in Enum.GetValues<ItemKind>())
        {
            var entries = report.Entries.Where(e => e.Kind == kind).ToList();
            if (entries.Count == 0) continue;
            Line();
            Line($"### {Capitalised(ReviewText.Plural(kind))}");
            foreach (var entry in entries) Entry(entry, Line);
        }

        return md.ToString();
    }

    private static string Side(SideSummary side) => side.Kind switch
    {
        SideKind.WorkingTree => "working tree",
        SideKind.Folder => "folder " + Code(side.Label),
        _ => $"{Code(side.Label)} (commit {side.ShortCommit})",
    };

    private static string SummaryLine(DiffReport report)
    {
        if (report.Entries.Count == 0) return "**No changes** to series, classes, competencies, KSAs or job models.";
        var kinds = Enum.GetValues<ItemKind>()
            .Where(k => report.Entries.Any(e => e.Kind == k))
            .Select(k => ReviewText.Plural(k) + ": " + string.Join(", ", Enum.GetValues<EntryStatus>()
                .Where(s => report.Count(k, s) > 0)
                .Select(s => $"{ReviewText.Number(report.Count(k, s))} {ReviewText.Id(s)}")));
        var line = $"**{ReviewText.Plural(report.Entries.Count, "change", "changes")}** — {string.Join("; ", kinds)}.";
        var impact = report.HighImpact.Count;
        return impact == 0 ? line : $"{line} **{ReviewText.Plural(impact, "high-impact change", "high-impact changes")}.**";
    }

    private static void Problems(DiffReport report, Action<string> line)
    {
        foreach (var (role, side) in new[] { ("base", report.Base), ("head", report.Head) })
        {
            if (side.Errors > 0)
            {
                line("");
                line($"> **Warning:** the {role} has {ReviewText.Problems(side)}; the comparison covers what could be read.");
            }
        }

        foreach (var (role, side) in new[] { ("base", report.Base), ("head", report.Head) })
        {
            if (side.Diagnostics.Count == 0) continue;
            var text = string.Join("\n", side.Diagnostics.Select(d => d.ToString()));
            var fence = Fence(text);
            line("");
            line("<details>");
            line($"<summary>Problems in the {role} ({Html(ReviewText.Problems(side))})</summary>");
            line("");
            line(fence + "text");
            line(text);
            line(fence);
            line("");
            line("</details>");
        }
    }

    private static void Entry(DiffEntry entry, Action<string> line)
    {
        line("");
        var current = entry.Current;
        line($"#### {Capitalised(ReviewText.Id(entry.Status))}: {Escape(current.Title)}{(current.Code is { } code ? $" ({Escape(code)})" : "")}");
        line("");
        line(entry.Before is { } b && entry.After is { } a && b.Path != a.Path
            ? $"{Code(b.Path)} → {Code(a.Path)}"
            : Code(current.Path) + Facts(entry));

        var bullets = new List<string>();
        if (entry.Status is EntryStatus.Changed or EntryStatus.Renamed or EntryStatus.Moved)
        {
            bullets.AddRange(entry.Fields.Select(Field));
            bullets.AddRange(entry.Links.Select(Link));
        }

        if (bullets.Count > 0)
        {
            line("");
            foreach (var bullet in bullets) line(bullet);
        }

        foreach (var list in entry.Lists) Block(list.Label, ReviewText.Counts(list.Items), [], list.Items, line);
        foreach (var section in entry.Sections) Block(section.Title, ReviewText.Describe(section), section.Text, section.Items, line);
    }

    /// <summary>For an added or removed class, the facts a reviewer checks first: series, level, grade, FLSA status.</summary>
    private static string Facts(DiffEntry entry)
    {
        if (entry.Status is not (EntryStatus.Added or EntryStatus.Removed) || entry.Kind != ItemKind.Class) return "";
        string? Value(string id) => entry.Fields.FirstOrDefault(f => f.Id == id) is { } f ? f.After ?? f.Before : null;
        var facts = new[]
        {
            entry.Current.Series is { } series ? "series " + Code(series) : null,
            Value("level") is { } level ? "level " + Escape(level) : null,
            Value("track") is { } track ? "track " + Escape(track) : null,
            Value("grade") is { } grade ? "pay grade " + Escape(grade) : null,
            Value("flsa") is { } flsa ? "FLSA " + Escape(flsa) : null,
        };
        return string.Concat(facts.Where(f => f is not null).Select(f => " · " + f));
    }

    private static string Field(FieldChange field)
    {
        var label = Escape(field.Label);
        if ((field.Before?.Length ?? 0) <= 60 && (field.After?.Length ?? 0) <= 60)
            return $"- {label}: {Escape(field.Before ?? ReviewText.None)} → {Escape(field.After ?? ReviewText.None)}";
        return $"- {label}: {Words(field.Words)}";
    }

    private static string Link(LinkFieldChange link)
    {
        static string Item(LinkedItem i, string mark) => $"{mark}{Escape(i.Title)}{mark} ({Code(i.Slug)})";
        var parts = new List<string>();
        if (link.Added.Count > 0) parts.Add("added " + string.Join(", ", link.Added.Select(i => Item(i, "**"))));
        if (link.Removed.Count > 0) parts.Add("removed " + string.Join(", ", link.Removed.Select(i => Item(i, "~~"))));
        return $"- {Escape(link.Label)}: {string.Join("; ", parts)}";
    }

    /// <summary>A section or list: its text diff as a quote, then one bullet per changed item; folded when long.</summary>
    private static void Block(string title, string description, IReadOnlyList<WordSegment> text, IReadOnlyList<ItemDiff> items, Action<string> line)
    {
        var body = new List<string>();
        if (text.Count > 0) body.Add("> " + Words(text, lineStart: true));
        if (text.Count > 0 && items.Count > 0) body.Add("");
        body.AddRange(items.Select(Item));

        var heading = description.Length > 0 ? $"{title}: {description}" : title;
        line("");
        if (IsLong(body))
        {
            line("<details>");
            line($"<summary>{Html(heading)}</summary>");
            line("");
            foreach (var l in body) line(l);
            line("");
            line("</details>");
            return;
        }

        line($"**{Escape(title)}**" + (description.Length > 0 ? ": " + Escape(description) : ""));
        if (body.Count == 0) return;
        line("");
        foreach (var l in body) line(l);
    }

    /// <summary>More than this many lines, or characters, and a block is folded.</summary>
    public const int FoldLines = 6;

    public const int FoldChars = 700;

    private static bool IsLong(IReadOnlyList<string> body) => body.Count > FoldLines || body.Sum(l => l.Length) > FoldChars;

    private static string Item(ItemDiff item) => Text(item.Words, item.After ?? item.Before).Length == 0 ? "- *(an empty item)*" : item.Change switch
    {
        ItemChange.Added => $"- **{Escape(Text(item.Words, item.After))}**",
        ItemChange.Removed => $"- ~~{Escape(Text(item.Words, item.Before))}~~",
        ItemChange.Moved => $"- {Escape(Text(item.Words, item.After), lineStart: true)} *(moved)*",
        _ => "- " + Words(item.Words, lineStart: true),
    };

    // The item's words without its list numbering; an item with no words at all shows as written.
    private static string Text(IReadOnlyList<WordSegment> words, string? fallback) => words.Count > 0 ? words[0].Text : fallback ?? "";

    private static string Name(DiffEntry entry)
    {
        var current = entry.Current;
        var code = current.Code is { } c && entry.Kind == ItemKind.Class ? $" ({Escape(c)})" : "";
        var kind = entry.Kind == ItemKind.Class ? "" : $" ({ReviewText.Singular(entry.Kind)})";
        return $"**{Escape(current.Title)}**{code}{kind}";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
