using System.Net;
using System.Text;
using Rungs.Comparison;
using Rungs.Comparison.Specs;

namespace Rungs.Review;

/// <summary>
/// The diff as one standalone HTML page: no scripts, no external files, its style in one &lt;style&gt; element (the site's
/// content security policy does not apply to this report). Removed words are &lt;del&gt;, added ones &lt;ins&gt;.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        :root { color-scheme: light dark; --muted: #57606a; --line: #d0d7de; --del: #ffebe9; --ins: #dafbe1; --warn: #fff8c5; }
        @media (prefers-color-scheme: dark) { :root { --muted: #9198a1; --line: #3d444d; --del: #5a1e22; --ins: #1b4721; --warn: #4b3c0b; } }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
        .sides, .path { color: var(--muted); margin: 0 0 .5rem; }
        .status { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; margin-right: .5rem; vertical-align: middle; }
        .status.removed, .impact .status { border-color: #cf222e; }
        .status.added { border-color: #1a7f37; }
        .impact { border: 2px solid #cf222e; border-radius: .5rem; padding: 0 1rem; }
        .impact h2 { border: 0; margin-top: 1rem; }
        .warning { background: var(--warn); padding: .5rem 1rem; border-radius: .5rem; }
        del { background: var(--del); text-decoration: line-through; }
        ins { background: var(--ins); text-decoration: none; font-weight: 600; }
        details { margin: .5rem 0; }
        summary { cursor: pointer; font-weight: 600; }
        blockquote { margin: .5rem 0; padding-left: 1rem; border-left: 3px solid var(--line); }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; }
        .moved { color: var(--muted); font-style: italic; }
        """;

    public static string Write(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');

        var title = $"Spec changes: {Side(report.Base, code: false)} → {Side(report.Head, code: false)}";
        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(title)}</title>");
        Line("<style>");
        Line(Style.TrimEnd());
        Line("</style>");
        Line("</head>");
        Line("<body>");
        Line("<main>");
        Line("<h1>Spec changes</h1>");
        Line($"<p class=\"sides\">Base: {Side(report.Base, code: true)} · Head: {Side(report.Head, code: true)}"
             + (report.ContentPath is { } path ? $" · Content folder: <code>{E(path.Length == 0 ? "." : path)}</code>" : "") + "</p>");
        Line($"<p class=\"summary\"><strong>{E(Capitalised(ReviewText.Summary(report)))}.</strong>"
             + (report.HighImpact.Count > 0 ? $" <strong>{E(ReviewText.Plural(report.HighImpact.Count, "high-impact change", "high-impact changes"))}.</strong>" : "")
             + "</p>");

        foreach (var (role, side) in new[] { ("base", report.Base), ("head", report.Head) })
        {
            if (side.Errors > 0)
                Line($"<p class=\"warning\"><strong>Warning:</strong> the {role} has {E(ReviewText.Problems(side))}; the comparison covers what could be read.</p>");
            if (side.Diagnostics.Count == 0) continue;
            Line($"<details><summary>Problems in the {role} ({E(ReviewText.Problems(side))})</summary>");
            Line($"<pre>{E(string.Join("\n", side.Diagnostics.Select(d => d.ToString())))}</pre>");
            Line("</details>");
        }

        if (report.HighImpact.Count > 0)
        {
            Line("<section class=\"impact\">");
            Line("<h2>High-impact changes</h2>");
            Line("<ul>");
            foreach (var (entry, impact) in report.HighImpact)
                Line($"<li><strong>{E(entry.Current.Title)}</strong>{Code(entry)} — {E(impact.Summary)}</li>");
            Line("</ul>");
            Line("</section>");
        }

        foreach (var kind in Enum.GetValues<ItemKind>())
        {
            var entries = report.Entries.Where(e => e.Kind == kind).ToList();
            if (entries.Count == 0) continue;
            Line("<section>");
            Line($"<h2>{E(Capitalised(ReviewText.Plural(kind)))}</h2>");
            foreach (var entry in entries) Entry(entry, Line);
            Line("</section>");
        }

        Line("</main>");
        Line("</body>");
        Line("</html>");
        return html.ToString();
    }

    private static string Side(SideSummary side, bool code)
    {
        string C(string text) => code ? $"<code>{E(text)}</code>" : E(text);
        return side.Kind switch
        {
            SideKind.WorkingTree => "working tree",
            SideKind.Folder => "folder " + C(side.Label),
            _ => $"{C(side.Label)} (commit {E(side.ShortCommit ?? "")})",
        };
    }

    private static void Entry(DiffEntry entry, Action<string> line)
    {
        var status = ReviewText.Id(entry.Status);
        line($"<article class=\"entry {status}\">");
        line($"<h3><span class=\"status {status}\">{E(status)}</span>{E(entry.Current.Title)}{Code(entry)}</h3>");
        line(entry.Before is { } b && entry.After is { } a && b.Path != a.Path
            ? $"<p class=\"path\"><code>{E(b.Path)}</code> → <code>{E(a.Path)}</code></p>"
            : $"<p class=\"path\"><code>{E(entry.Current.Path)}</code></p>");

        if (entry.Status is EntryStatus.Added or EntryStatus.Removed)
        {
            if (entry.Fields.Count > 0)
            {
                line("<ul class=\"fields\">");
                foreach (var f in entry.Fields) line($"<li>{E(f.Label)}: {E(f.After ?? f.Before ?? "")}</li>");
                line("</ul>");
            }

            line("</article>");
            return;
        }

        if (entry.Fields.Count + entry.Links.Count > 0)
        {
            line("<ul class=\"fields\">");
            foreach (var f in entry.Fields)
            {
                line((f.Before?.Length ?? 0) <= 60 && (f.After?.Length ?? 0) <= 60
                    ? $"<li>{E(f.Label)}: <del>{E(f.Before ?? ReviewText.None)}</del> → <ins>{E(f.After ?? ReviewText.None)}</ins></li>"
                    : $"<li>{E(f.Label)}: {Words(f.Words)}</li>");
            }

            foreach (var l in entry.Links)
            {
                var parts = new List<string>();
                if (l.Added.Count > 0) parts.Add("added " + string.Join(", ", l.Added.Select(i => $"<ins>{E(i.Title)}</ins> (<code>{E(i.Slug)}</code>)")));
                if (l.Removed.Count > 0) parts.Add("removed " + string.Join(", ", l.Removed.Select(i => $"<del>{E(i.Title)}</del> (<code>{E(i.Slug)}</code>)")));
                line($"<li>{E(l.Label)}: {string.Join("; ", parts)}</li>");
            }

            line("</ul>");
        }

        foreach (var list in entry.Lists) Block(list.Label, ReviewText.Counts(list.Items), [], list.Items, line);
        foreach (var section in entry.Sections) Block(section.Title, ReviewText.Describe(section), section.Text, section.Items, line);
        line("</article>");
    }

    /// <summary>A section or list in a &lt;details&gt; element, open unless it is long (the Markdown report's folding rule).</summary>
    private static void Block(string title, string description, IReadOnlyList<WordSegment> text, IReadOnlyList<ItemDiff> items, Action<string> line)
    {
        var length = text.Sum(w => w.Text.Length) + items.Sum(i => (i.Before?.Length ?? 0) + (i.After?.Length ?? 0));
        var open = items.Count + (text.Count > 0 ? 1 : 0) <= MarkdownReport.FoldLines && length <= MarkdownReport.FoldChars;
        line($"<details{(open ? " open" : "")}><summary>{E(title)}{(description.Length > 0 ? ": " + E(description) : "")}</summary>");
        if (text.Count > 0) line($"<blockquote>{Words(text)}</blockquote>");
        if (items.Count > 0)
        {
            line("<ul>");
            foreach (var item in items) line($"<li>{Item(item)}</li>");
            line("</ul>");
        }

        line("</details>");
    }

    private static string Item(ItemDiff item) => item.Change switch
    {
        ItemChange.Added => $"<ins>{E(item.Words.Count > 0 ? item.Words[0].Text : item.After ?? "")}</ins>",
        ItemChange.Removed => $"<del>{E(item.Words.Count > 0 ? item.Words[0].Text : item.Before ?? "")}</del>",
        ItemChange.Moved => $"{E(item.Words.Count > 0 ? item.Words[0].Text : item.After ?? "")} <span class=\"moved\">(moved)</span>",
        _ => Words(item.Words),
    };

    private static string Words(IReadOnlyList<WordSegment> words) => string.Join(" ", words.Select(w => w.Change switch
    {
        WordChange.Removed => $"<del>{E(w.Text)}</del>",
        WordChange.Added => $"<ins>{E(w.Text)}</ins>",
        _ => E(w.Text),
    }));

    private static string Code(DiffEntry entry) => entry.Current.Code is { } code ? $" <code>{E(code)}</code>" : "";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
