using System.Text.Json;
using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>
/// A paid class's schema.org Occupation states its pay as the page shows it: the grade's range, currency, period and the
/// scale's effective date — a MonetaryAmount with a QuantitativeValue range, never invented percentiles.
/// </summary>
public class PayStructuredDataTests
{
    [Fact]
    public void A_paid_class_states_its_range_currency_period_and_effective_date()
    {
        var page = PaySite.With().BuildClean().Page("series/cs/cs-representative/index.html");
        using var json = JsonDocument.Parse(Html.StructuredData(page));

        var salary = json.RootElement.GetProperty("estimatedSalary");
        Assert.Equal("MonetaryAmount", salary.GetProperty("@type").GetString());
        Assert.Equal("USD", salary.GetProperty("currency").GetString());
        Assert.Equal("2026-07-01", salary.GetProperty("validFrom").GetString());
        Assert.Equal("Grade 15, Classified pay plan 2026", salary.GetProperty("name").GetString());
        var value = salary.GetProperty("value");
        Assert.Equal("QuantitativeValue", value.GetProperty("@type").GetString());
        Assert.Equal(41300m, value.GetProperty("minValue").GetDecimal());
        Assert.Equal(58900m, value.GetProperty("maxValue").GetDecimal());
        Assert.Equal("YEAR", value.GetProperty("unitText").GetString());
        Assert.Equal(["@type", "currency", "name", "validFrom", "value"], salary.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_hourly_scale_without_a_date_states_its_unit_and_no_date()
    {
        var page = PaySite.With("""
            title: Hourly plan
            currency: EUR
            period: hour
            grades:
              - { grade: "13", min: 16, max: 20 }
              - { grade: "15", min: 18.5, max: 24 }
            """).BuildClean().Page("series/cs/cs-representative/index.html");
        using var json = JsonDocument.Parse(Html.StructuredData(page));

        var salary = json.RootElement.GetProperty("estimatedSalary");
        Assert.Equal("EUR", salary.GetProperty("currency").GetString());
        Assert.False(salary.TryGetProperty("validFrom", out _));
        Assert.Equal("HOUR", salary.GetProperty("value").GetProperty("unitText").GetString());
        Assert.Equal(18.5m, salary.GetProperty("value").GetProperty("minValue").GetDecimal());
    }

    [Fact]
    public void A_class_whose_grade_is_not_in_its_scale_states_no_salary()
    {
        var page = new BuiltSite(PaySite.With("""
            title: Other plan
            currency: USD
            period: year
            grades:
              - { grade: "99", min: 1, max: 2 }
            """).Build()).Page("series/cs/cs-representative/index.html");
        using var json = JsonDocument.Parse(Html.StructuredData(page));

        Assert.False(json.RootElement.TryGetProperty("estimatedSalary", out _));
    }
}
