using System.Text.Json.Serialization;
using Rungs.Comparison;
using Rungs.Content;
using Rungs.Ladders;
using Rungs.Linking;
using Rungs.Parsing;

namespace Rungs.Export;

/// <summary>
/// A class as published data (`api/classes/&lt;slug&gt;.json`, schema `rungs.class/1`, documented in docs/data.md):
/// what pages show, in a form scripts and other tools can compare. Field names and order are stable.
/// </summary>
public sealed record ClassRecord(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("level_label")] string LevelLabel,
    [property: JsonPropertyName("series")] SeriesRef Series,
    [property: JsonPropertyName("below")] string? Below,
    [property: JsonPropertyName("above")] string? Above,
    [property: JsonPropertyName("includes_lower_level_work")] bool IncludesLowerLevelWork,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeValue> Attributes,
    [property: JsonPropertyName("ksas")] IReadOnlyList<LibraryRef> Ksas,
    [property: JsonPropertyName("competencies")] IReadOnlyList<LibraryRef> Competencies,
    [property: JsonPropertyName("sections")] IReadOnlyList<SectionRecord> Sections,
    // Cut out of the records of a series bundle, which carries the series' stems once (SeriesDataBundle.StemsOf).
    [property: JsonPropertyName("stems")] IReadOnlyDictionary<string, string> Stems)
{
    /// <summary>Whose spec it is (the series' organisation, else the site's); written only on a site of several organisations.</summary>
    [JsonPropertyName("organisation"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Organisation { get; init; }

    /// <summary>The values of the fields the site declares, in declaration order; written only when the site declares fields.</summary>
    [JsonPropertyName("fields"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FieldRecord>? Fields { get; init; }

    /// <summary>What the class pays (see docs/content-model.md, "Pay scales"); left out when it has no pay.</summary>
    [JsonPropertyName("pay"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PayRecord? Pay { get; init; }

    public const string SchemaName = "rungs.class/1";

    /// <summary>The class's track in a series with named tracks (see docs/content-model.md); left out when it has none.</summary>
    [JsonPropertyName("track"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Track { get; init; }

    /// <summary>The class's O*NET-SOC code (`NN-NNNN.NN`); left out when it has none.</summary>
    [JsonPropertyName("onet_soc"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OnetSoc { get; init; }

    /// <summary>The class's ISCO-08 unit group (four digits); left out when it has none.</summary>
    [JsonPropertyName("isco"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Isco { get; init; }

    /// <summary>`abolished` or `draft` for a class not in force (its own status or its series'); left out for a class in force.</summary>
    [JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    /// <summary>When an abolished class was abolished (`YYYY-MM-DD`, its own date or its series'); left out otherwise.</summary>
    [JsonPropertyName("abolished"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Abolished { get; init; }

    /// <summary>The record of a class of the site, its KSAs and competencies taken from <paramref name="libraryRefs"/>.</summary>
    public static ClassRecord Of(SiteModel site, ClassSpec spec, LibraryRefs libraryRefs)
    {
        var ladder = site.LadderOf(spec);
        var fields = site.FieldsOf(spec);
        return new ClassRecord(SchemaName, spec.Slug, spec.Title, SiteUrls.Clean(SiteUrls.Class(spec)), spec.Code, spec.Level,
            spec.LevelLabel ?? $"Level {spec.Level}",
            new SeriesRef(ladder.Slug, ladder.Spec.Title, SiteUrls.Clean(SiteUrls.Series(ladder.Slug))),
            ladder.Below(spec)?.Slug, ladder.Above(spec)?.Slug, spec.IncludesLowerLevelWork,
            // The built-in attributes, then the declared `compare: true` fields (ClassAttributes.Declared) read from the
            // fields already resolved above rather than resolving them again for each one.
            ClassAttributes.All.Select(a => new AttributeValue(a.Id, a.Label, a.Read(spec)!))
                .Concat(fields.Where(f => f.Declaration.Compare).Select(f => new AttributeValue(f.Key, f.Label, f.Text)))
                .Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToList(),
            site.KsasOf(spec).Select(libraryRefs.Of).ToList(),
            site.CompetenciesOf(spec).Select(libraryRefs.Of).ToList(),
            spec.Body.Sections.Select(SectionRecord.Of).ToList(),
            // The texts the compare page scores for rewording: each item with its children, as the comparison flattens them.
            WordStems.Of(spec.Body.Sections.SelectMany(s => s.Items).Select(SectionSummary.Flatten)))
        {
            Track = ladder.TrackOf(spec),
            OnetSoc = spec.OnetSoc,
            Isco = spec.Isco,
            Organisation = site.HasSeveralOrganisations ? site.OrganisationOf(spec) : null,
            Fields = site.Config.Fields.Count == 0 ? null : fields.Select(FieldRecord.Of).ToList(),
            Pay = site.PayOf(spec) is { } pay ? PayRecord.Of(pay) : null,
            Status = ladder.StatusOf(spec) is var status and not SpecStatus.Active ? status.Name() : null,
            Abolished = ladder.AbolishedOn(spec) is { } on ? FactFormat.IsoDate(on) : null,
        };
    }
}

/// <summary>
/// A declared field's value: its key, label and type, the value as pages show it (a code or number exactly as written, a
/// date `YYYY-MM-DD`, a list joined by ", "), and a list's entries (one entry for the other types).
/// </summary>
public sealed record FieldRecord(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("items")] IReadOnlyList<string> Items)
{
    public static FieldRecord Of(ClassField f) => new(f.Key, f.Label, f.Declaration.TypeName, f.Text, f.Value.Items);
}

/// <summary>The series a class belongs to.</summary>
public sealed record SeriesRef(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url);

/// <summary>One comparable attribute (see Ladders/ClassAttributes).</summary>
public sealed record AttributeValue(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value);

/// <summary>A linked KSA or competency with its definition.</summary>
public sealed record LibraryRef(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("url")] string Url)
{
    /// <summary>A new record of a KSA; a build shares one per KSA through <see cref="LibraryRefs"/>.</summary>
    public static LibraryRef Of(Ksa k) => new(k.Slug, k.Title, k.Summary, SiteUrls.Clean(SiteUrls.Ksa(k.Slug)));

    /// <summary>A new record of a competency; a build shares one per competency through <see cref="LibraryRefs"/>.</summary>
    public static LibraryRef Of(Competency c) => new(c.Slug, c.Title, c.Summary, SiteUrls.Clean(SiteUrls.Competency(c.Slug)));
}

/// <summary>A body section: its kind (`duties`, `ksas`, … or `other`), heading, plain text and list items.</summary>
public sealed record SectionRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("heading")] string Heading,
    [property: JsonPropertyName("text"), JsonConverter(typeof(CompactTextJsonConverter))] CompactText Text,
    [property: JsonPropertyName("items")] IReadOnlyList<ItemRecord> Items)
{
    public static SectionRecord Of(SpecSection s) =>
        new(s.Id, SectionCatalog.AnchorOf(s.Kind) ?? "other", s.Heading, s.CompactText, ItemRecord.Of(s.Items));
}

/// <summary>A list item of a known section, with the sub-heading it sits under and its nested items.</summary>
public sealed record ItemRecord(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("group")] string? Group,
    [property: JsonPropertyName("children")] IReadOnlyList<ItemRecord> Children)
{
    public static ItemRecord Of(SectionItem i) => new(i.Text, i.Group, Of(i.Children));

    /// <summary>The records of a list of items; most items have no nested ones, and share one empty list.</summary>
    public static IReadOnlyList<ItemRecord> Of(IReadOnlyList<SectionItem> items)
    {
        if (items.Count == 0) return [];
        var records = new ItemRecord[items.Count];
        for (var i = 0; i < records.Length; i++) records[i] = Of(items[i]);
        return records;
    }
}
