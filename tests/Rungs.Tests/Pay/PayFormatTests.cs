using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Tests.Pay;

/// <summary>Pay reads as people read it, in the scale's currency and period, whatever the building machine's culture.</summary>
public class PayFormatTests
{
    private static string Range(string currency, PayPeriod period, decimal min, decimal max)
    {
        var grade = new PayGrade("1", min, max, []);
        return PayFormat.Range(new PayScale("s", SourcePosition.StartOf("pay/s.yml"), "S", null, currency, period, [grade]), grade);
    }

    [Theory]
    [InlineData("USD", PayPeriod.Year, 41300, 58900, "$41,300 – $58,900 a year")]
    [InlineData("EUR", PayPeriod.Month, 2100, 2600, "€2,100 – €2,600 a month")]
    [InlineData("USD", PayPeriod.Hour, 18.5, 24, "$18.50 – $24.00 an hour")]
    [InlineData("GBP", PayPeriod.Year, 28000, 31500.5, "£28,000.00 – £31,500.50 a year")]
    [InlineData("CHF", PayPeriod.Month, 5400, 7200, "CHF 5,400 – CHF 7,200 a month")]
    [InlineData("JPY", PayPeriod.Year, 4000000, 6500000, "JPY 4,000,000 – JPY 6,500,000 a year")]
    public void A_range_is_shown_with_the_currency_symbol_where_it_is_unambiguous_and_the_period(string currency, PayPeriod period, double min, double max, string shown)
    {
        Assert.Equal(shown, Range(currency, period, (decimal)min, (decimal)max));
    }
}
