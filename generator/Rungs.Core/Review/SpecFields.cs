using System.Globalization;
using Rungs.Content;
using Rungs.Ladders;

namespace Rungs.Review;

/// <summary>One scalar front-matter field of a spec: a stable id (the key as written, kebab-case), a label, and how to read it.</summary>
public sealed record SpecField<T>(string Id, string Label, Func<T, string?> Read);

/// <summary>
/// The scalar fields a revision diff compares for each kind of spec, in the order the content model lists them. A class's
/// fields are <see cref="ClassAttributes.All"/> (the names every comparison uses) followed by <see cref="ClassExtras"/>.
/// </summary>
public static class SpecFields
{
    /// <summary>Class fields that a ladder comparison leaves out (they differ between levels by definition) but a revision must show.</summary>
    public static readonly IReadOnlyList<SpecField<ClassSpec>> ClassExtras =
    [
        new("level", "Level", c => c.Level.ToString(CultureInfo.InvariantCulture)),
        new("level-label", "Level label", c => c.LevelLabel),
        new("track", "Track", c => c.Track),
        new("onet-soc", "O*NET-SOC code", c => c.OnetSoc),
        new("isco", "ISCO-08 code", c => c.Isco),
        new("includes-lower-level-work", "Includes lower-level work", c => c.IncludesLowerLevelWork ? "yes" : "no"),
        // Read as written (a class in force has none), so a class added in force lists no status.
        new(StatusId, "Status", c => StatusOf(c.Status)),
        new("abolished", "Abolished", c => DateOf(c.AbolishedOn)),
        new("superseded-by", "Superseded by", c => c.SupersededBy?.Slug),
    ];

    /// <summary>The id of the status field (`status:`), whose change to abolished is a high-impact change.</summary>
    public const string StatusId = "status";

    private static string? StatusOf(SpecStatus status) => status == SpecStatus.Active ? null : status.Name();

    private static string? DateOf(DateOnly? date) => date is { } d ? FactFormat.IsoDate(d) : null;

    /// <summary>Every scalar field of a class: the comparable attributes (no section digests), then the extras.</summary>
    public static readonly IReadOnlyList<SpecField<ClassSpec>> Class =
    [
        .. ClassAttributes.All.Where(a => !a.IsSectionDigest).Select(a => new SpecField<ClassSpec>(a.Id, a.Label, a.Read)),
        .. ClassExtras,
    ];

    public static readonly IReadOnlyList<SpecField<SeriesSpec>> Series =
    [
        new("title", "Title", s => s.Title),
        new("code", "Series code", s => s.Code),
        new("organisation", "Organisation", s => s.Organisation),
        new("occupational-area", "Occupational area", s => s.OccupationalArea),
        new("work-area", "Work area", s => s.WorkArea),
        new("promotional-line", "Promotional line", s => s.PromotionalLine),
        new("summary", "Summary", s => s.Summary),
        new("order", "Order", s => s.Order?.ToString(CultureInfo.InvariantCulture)),
        new("tracks", "Tracks", s => s.Tracks.Count == 0 ? null : string.Join(", ", s.Tracks)),
        new(StatusId, "Status", s => StatusOf(s.Status)),
        new("abolished", "Abolished", s => DateOf(s.AbolishedOn)),
        new("abolished-note", "Abolished note", s => s.AbolishedNote),
        new("defaults", "Field defaults", s => s.FieldDefaults.Count == 0 ? null : string.Join("; ", s.FieldDefaults.Select(v => $"{v.Key}: {v.Text}"))),
    ];

    public static readonly IReadOnlyList<SpecField<Competency>> Competency =
    [
        new("title", "Title", c => c.Title),
        new("summary", "Summary", c => c.Summary),
        new("group", "Group", c => c.Group),
        new("order", "Order", c => c.Order?.ToString(CultureInfo.InvariantCulture)),
    ];

    public static readonly IReadOnlyList<SpecField<Ksa>> Ksa =
    [
        new("title", "Title", k => k.Title),
        new("kind", "Kind", k => k.Kind),
        new("summary", "Summary", k => k.Summary),
    ];

    public static readonly IReadOnlyList<SpecField<JobModel>> JobModel =
    [
        new("title", "Title", j => j.Title),
        new("summary", "Summary", j => j.Summary),
    ];
}
