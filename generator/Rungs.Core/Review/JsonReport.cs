using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rungs.Comparison;
using Rungs.Comparison.Specs;
using Rungs.Diagnostics;

using Rungs.Output;

namespace Rungs.Review;

/// <summary>
/// The diff as JSON in the documented, stable schema `rungs.diff/1` (docs/diff.md): every key always present (null
/// when it does not apply), arrays in report order, two-space indentation, LF line ends, UTF-8 unescaped.
/// </summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Content text (→, –, accented names) stays readable; this output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", DiffReport.Schema);
            Side(json, "base", report.Base);
            Side(json, "head", report.Head);
            json.WriteString("content_path", report.ContentPath);
            Summary(json, report);

            json.WriteStartArray("high_impact");
            foreach (var (entry, impact) in report.HighImpact)
            {
                json.WriteStartObject();
                json.WriteString("kind", ReviewText.Id(entry.Kind));
                json.WriteString("slug", entry.Current.Slug);
                json.WriteString("title", entry.Current.Title);
                json.WriteString("code", entry.Current.Code);
                json.WriteString("reason", impact.Reason);
                json.WriteString("label", impact.Label);
                json.WriteString("before", impact.Before);
                json.WriteString("after", impact.After);
                json.WriteString("summary", impact.Summary);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("items");
            foreach (var entry in report.Entries) Entry(json, entry);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Side(Utf8JsonWriter json, string name, SideSummary side)
    {
        json.WriteStartObject(name);
        json.WriteString("label", side.Label);
        json.WriteString("kind", ReviewText.Id(side.Kind));
        json.WriteString("commit", side.Commit);
        json.WriteNumber("errors", side.Errors);
        json.WriteNumber("warnings", side.Warnings);
        json.WriteStartArray("diagnostics");
        foreach (var d in side.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteString("path", d.Position.Path);
            json.WriteNumber("line", d.Position.Line);
            json.WriteNumber("column", d.Position.Column);
            json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter json, DiffReport report)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("changes", report.Entries.Count);
        json.WriteNumber("high_impact", report.HighImpact.Count);
        json.WriteStartObject("kinds");
        foreach (var kind in Enum.GetValues<ItemKind>())
        {
            json.WriteStartObject(ReviewText.Id(kind));
            foreach (var status in Enum.GetValues<EntryStatus>()) json.WriteNumber(ReviewText.Id(status), report.Count(kind, status));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Entry(Utf8JsonWriter json, DiffEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("kind", ReviewText.Id(entry.Kind));
        json.WriteString("status", ReviewText.Id(entry.Status));
        json.WriteString("slug", entry.Current.Slug);
        json.WriteString("title", entry.Current.Title);
        json.WriteString("code", entry.Current.Code);
        json.WriteBoolean("high_impact", entry.IsHighImpact);
        Ref(json, "before", entry.Before);
        Ref(json, "after", entry.After);

        json.WriteObjects("fields", entry.Fields, field =>
        {
            json.WriteString("id", field.Id);
            json.WriteString("label", field.Label);
            json.WriteString("before", field.Before);
            json.WriteString("after", field.After);
            Words(json, "words", field.Words);
        });

        json.WriteObjects("lists", entry.Lists, list =>
        {
            json.WriteString("id", list.Id);
            json.WriteString("label", list.Label);
            Items(json, list.Items);
        });

        json.WriteObjects("links", entry.Links, link =>
        {
            json.WriteString("id", link.Id);
            json.WriteString("label", link.Label);
            Linked(json, "added", link.Added);
            Linked(json, "removed", link.Removed);
        });

        json.WriteStartArray("sections");
        foreach (var section in entry.Sections)
        {
            json.WriteStartObject();
            json.WriteString("id", section.Id);
            json.WriteString("title", section.Title);
            json.WriteString("status", ReviewText.Id(section.Status));
            json.WriteString("summary", ReviewText.Describe(section));
            Items(json, section.Items);
            Words(json, "text", section.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter json, string name, ItemRef? item)
    {
        if (item is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("slug", item.Slug);
        json.WriteString("series", item.Series);
        json.WriteString("path", item.Path);
        json.WriteString("title", item.Title);
        json.WriteString("code", item.Code);
        json.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter json, IReadOnlyList<ItemDiff> items)
    {
        json.WriteStartArray("items");
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("change", ReviewText.Id(item.Change));
            json.WriteString("before", item.Before);
            json.WriteString("after", item.After);
            Index(json, "before_index", item.BeforeIndex);
            Index(json, "after_index", item.AfterIndex);
            Words(json, "words", item.Words);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Index(Utf8JsonWriter json, string name, int? index)
    {
        if (index is { } i) json.WriteNumber(name, i);
        else json.WriteNull(name);
    }

    private static void Linked(Utf8JsonWriter json, string name, IReadOnlyList<LinkedItem> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("slug", item.Slug);
            json.WriteString("title", item.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Words(Utf8JsonWriter json, string name, IReadOnlyList<WordSegment> words)
    {
        json.WriteStartArray(name);
        foreach (var word in words)
        {
            json.WriteStartObject();
            json.WriteString("change", ReviewText.Id(word.Change));
            json.WriteString("text", word.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
