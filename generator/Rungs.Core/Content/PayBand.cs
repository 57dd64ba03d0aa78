using System.Globalization;

namespace Rungs.Content;

/// <summary>
/// A band of starting pay ("$40,000 – $49,999 a year"): the search facet that lets a reader ask for classes that start
/// at a given pay. A grade falls in the band of its `min`, cut at its leading digit, so bands fit any currency's scale
/// (41,300 → 40,000–49,999; 2,150 → 2,000–2,999; 18.50 → 10.00–19.99) and need no configuration.
/// </summary>
public sealed record PayBand(string Currency, PayPeriod Period, decimal From, string Label)
{
    /// <summary>The band of <paramref name="grade"/>'s starting pay on <paramref name="scale"/>.</summary>
    public static PayBand Of(PayScale scale, PayGrade grade)
    {
        var width = grade.Min < 1 ? 1m : Pow10((int)Math.Floor(Math.Log10((double)grade.Min)));
        var from = decimal.Floor(grade.Min / width) * width;
        // The band's last figure is one unit below the next band: a cent on scales written in cents, else one.
        var to = from + width - (scale.WritesCents ? 0.01m : 1m);
        return new PayBand(scale.Currency, scale.Period, from,
            $"{PayFormat.Amount(scale, from)} – {PayFormat.Amount(scale, to)} {PayFormat.Per(scale.Period)}");
    }

    /// <summary>Bands in reading order: by currency, by period (year, month, hour), then upwards.</summary>
    public static IComparer<PayBand> Order { get; } = Comparer<PayBand>.Create((a, b) =>
        string.CompareOrdinal(a.Currency, b.Currency) is var c and not 0 ? c
        : a.Period.CompareTo(b.Period) is var p and not 0 ? p
        : a.From.CompareTo(b.From));

    private static decimal Pow10(int exponent) => decimal.Parse("1e" + exponent.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
