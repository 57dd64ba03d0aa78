using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Pages;

/// <summary>
/// A class as a schema.org <c>Occupation</c> (JSON-LD in its page's <c>&lt;script type="application/ld+json"&gt;</c>), using
/// only properties schema.org defines for an Occupation and its parts. Absent values are left out.
/// </summary>
/// <remarks>
/// Occupation has no date property (<c>datePosted</c> belongs to JobPosting), so the class's effective date is not stated
/// here; the pay's is, as its MonetaryAmount's <c>validFrom</c>.
/// </remarks>
public sealed record OccupationJsonLd(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("occupationalCategory")] IReadOnlyList<CategoryCodeJsonLd>? OccupationalCategory,
    [property: JsonPropertyName("qualifications")] string? Qualifications,
    [property: JsonPropertyName("skills")] IReadOnlyList<DefinedTermJsonLd>? Skills,
    [property: JsonPropertyName("responsibilities")] IReadOnlyList<string>? Responsibilities,
    [property: JsonPropertyName("estimatedSalary")] SalaryJsonLd? EstimatedSalary)
{
    /// <summary>The structured data of a class, described as its page is, from what its page resolved: its KSAs, competencies and pay.</summary>
    public static OccupationJsonLd Of(ClassSpec spec, string description, IReadOnlyList<Ksa> ksas, IReadOnlyList<Competency> competencies, ClassPay? pay)
    {
        var categories = new List<CategoryCodeJsonLd>();
        if (spec.OnetSoc is { } onet) categories.Add(CategoryCodeJsonLd.Of(onet, CrosswalkCodes.OnetSocSetName, CrosswalkCodes.OnetSocSetUrl));
        if (spec.Isco is { } isco) categories.Add(CategoryCodeJsonLd.Of(isco, CrosswalkCodes.IscoSetName, CrosswalkCodes.IscoSetUrl));
        var skills = ksas.Select(k => new DefinedTermJsonLd("DefinedTerm", k.Title, k.Summary))
            .Concat(competencies.Select(c => new DefinedTermJsonLd("DefinedTerm", c.Title, c.Summary))).ToList();
        var duties = spec.Body.OfKind(SectionKind.Duties).SelectMany(s => s.Items).Select(i => i.Text).ToList();
        var qualifications = string.Join("\n", spec.Body.OfKind(SectionKind.MinimumQualifications).Select(s => s.Text.Trim()).Where(t => t.Length > 0));
        return new OccupationJsonLd("https://schema.org", "Occupation", spec.Title, description,
            categories.Count > 0 ? categories : null,
            qualifications.Length > 0 ? qualifications : null,
            skills.Count > 0 ? skills : null,
            duties.Count > 0 ? duties : null,
            pay is null ? null : SalaryJsonLd.Of(pay));
    }

    /// <summary>
    /// The JSON, safe inside a <c>&lt;script&gt;</c> element: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and every
    /// non-ASCII character are written as <c>\uXXXX</c> escapes, so no text of a spec can close the element. So it is
    /// ASCII, kept as its UTF-8 bytes and widened straight into the page.
    /// </summary>
    public Text.AsciiMarkup ToScriptJson() => new(JsonSerializer.SerializeToUtf8Bytes(this, Json));

    private static readonly JsonTypeInfo<OccupationJsonLd> Json = new OccupationJsonLdContext(new JsonSerializerOptions
    {
        // The default encoder escapes <, >, &, quotes and non-ASCII (U+2028 too): the JSON cannot end its script element.
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    }).OccupationJsonLd;
}

/// <summary>
/// A class's pay range as a schema.org <c>MonetaryAmount</c> whose <c>value</c> is a <c>QuantitativeValue</c> range with
/// its unit (the form JobPosting's <c>baseSalary</c> uses).
/// </summary>
/// <remarks>
/// Not a <c>MonetaryAmountDistribution</c>: that type states a median and percentiles of what people are paid, which a
/// pay scale does not know; writing a grade's ends there would invent statistics. The range is exactly what the page shows.
/// </remarks>
public sealed record SalaryJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("validFrom")] string? ValidFrom,
    [property: JsonPropertyName("value")] SalaryRangeJsonLd Value)
{
    public static SalaryJsonLd Of(ClassPay pay) =>
        new("MonetaryAmount", $"Grade {pay.Grade.Grade}, {pay.Scale.Title}", pay.Scale.Currency,
            pay.Scale.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            new SalaryRangeJsonLd("QuantitativeValue", pay.Grade.Min, pay.Grade.Max, pay.Scale.Period.ToString().ToUpperInvariant()));
}

/// <summary>A pay range with its unit (<c>YEAR</c>, <c>MONTH</c>, <c>HOUR</c>: the unit texts schema.org's salary examples use).</summary>
public sealed record SalaryRangeJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("minValue")] decimal MinValue,
    [property: JsonPropertyName("maxValue")] decimal MaxValue,
    [property: JsonPropertyName("unitText")] string UnitText);

/// <summary>A code of an occupation classification (<c>CategoryCode</c>) with the code set it belongs to.</summary>
public sealed record CategoryCodeJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("codeValue")] string CodeValue,
    [property: JsonPropertyName("inCodeSet")] CodeSetJsonLd InCodeSet)
{
    public static CategoryCodeJsonLd Of(string code, string setName, string setUrl) =>
        new("CategoryCode", code, new CodeSetJsonLd("CategoryCodeSet", setName, setUrl));
}

/// <summary>A classification (<c>CategoryCodeSet</c>): its name and address.</summary>
public sealed record CodeSetJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("url")] string Url);

/// <summary>A skill as a <c>DefinedTerm</c>: a KSA's or competency's title and its summary.</summary>
public sealed record DefinedTermJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description);
