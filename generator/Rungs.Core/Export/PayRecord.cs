using System.Text.Json.Serialization;
using Rungs.Content;

namespace Rungs.Export;

/// <summary>A class's pay in its data file: its grade's range in its scale, with the scale's currency and period.</summary>
public sealed record PayRecord(
    [property: JsonPropertyName("scale")] string Scale,
    [property: JsonPropertyName("scale_title")] string ScaleTitle,
    [property: JsonPropertyName("effective"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Effective,
    [property: JsonPropertyName("min")] decimal Min,
    [property: JsonPropertyName("max")] decimal Max,
    [property: JsonPropertyName("steps"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<decimal>? Steps,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("period")] string Period)
{
    public static PayRecord Of(ClassPay pay) => new(pay.Scale.Slug, pay.Scale.Title,
        pay.Scale.Effective is { } date ? FactFormat.IsoDate(date) : null,
        pay.Grade.Min, pay.Grade.Max, pay.Grade.Steps.Count == 0 ? null : pay.Grade.Steps,
        pay.Scale.Currency, PayFormat.Name(pay.Scale.Period));
}
