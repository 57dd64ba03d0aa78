using System.Globalization;

namespace Rungs.Content;

/// <summary>
/// Pay figures as people read them ("$41,300 – $58,900 a year"): invariant digits and separators, so a page never
/// depends on the building machine's culture.
/// </summary>
public static class PayFormat
{
    /// <summary>A range with its period: "$41,300 – $58,900 a year".</summary>
    public static string Range(PayScale scale, PayGrade grade) =>
        $"{Amount(scale, grade.Min)} – {Amount(scale, grade.Max)} {Per(scale.Period)}";

    /// <summary>The steps in order: "$43,900, $46,100, $48,400".</summary>
    public static string Steps(PayScale scale, PayGrade grade) => string.Join(", ", grade.Steps.Select(s => Amount(scale, s)));

    /// <summary>One figure of the scale with its currency: "$18.50", "€2,100", "CHF 5,400".</summary>
    public static string Amount(PayScale scale, decimal value)
    {
        var number = value.ToString(scale.WritesCents ? "N2" : "N0", CultureInfo.InvariantCulture);
        return Symbol(scale.Currency) is { } symbol ? symbol + number : scale.Currency + " " + number;
    }

    /// <summary>The scale's title with its effective date where it has one: "Classified pay plan 2026, effective July 1, 2026".</summary>
    public static string ScaleName(PayScale scale) =>
        scale.Effective is { } date ? $"{scale.Title}, effective {FactFormat.Date(date)}" : scale.Title;

    /// <summary>"a year", "a month", "an hour".</summary>
    public static string Per(PayPeriod period) => period switch
    {
        PayPeriod.Year => "a year",
        PayPeriod.Month => "a month",
        _ => "an hour",
    };

    /// <summary>The period as the pay file and the exports write it: year, month, hour.</summary>
    public static string Name(PayPeriod period) => period.ToString().ToLowerInvariant();

    /// <summary>
    /// The currency's symbol where it names one currency only; else null and the code is shown. These are the symbols
    /// .NET's culture data gives each currency's home culture, written out because the build runs with invariant
    /// globalization (no culture data, same output everywhere); "$" alone is read as the US dollar, as readers read it.
    /// </summary>
    public static string? Symbol(string currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        _ => null,
    };
}
