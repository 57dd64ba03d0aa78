using System.Text.Json.Nodes;
using Rungs.Content;
using Rungs.Tests.Search.Client;
using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>
/// Search shows a paid class's range on its result and offers a "Starting pay" facet: bands cut at the leading digit of
/// each grade's minimum. A site without pay scales has no such facet.
/// </summary>
public class PaySearchTests
{
    [Theory]
    [InlineData("USD", "year", "41300", "$40,000 – $49,999 a year")]
    [InlineData("USD", "year", "100000", "$100,000 – $199,999 a year")]
    [InlineData("EUR", "month", "2150", "€2,000 – €2,999 a month")]
    [InlineData("USD", "hour", "18.5", "$10.00 – $19.99 an hour")]
    [InlineData("CHF", "year", "9000", "CHF 9,000 – CHF 9,999 a year")]
    public void A_grade_falls_in_the_band_of_its_minimum_cut_at_the_leading_digit(string currency, string period, string min, string band)
    {
        var minimum = decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture);
        var grade = new PayGrade("1", minimum, minimum * 2, []);
        var scale = new PayScale("s", default, "S", null, currency, Enum.Parse<PayPeriod>(period, ignoreCase: true), [grade]);

        Assert.Equal(band, PayBand.Of(scale, grade).Label);
    }

    [Fact]
    public void The_starting_pay_facet_lists_bands_upwards_and_keeps_the_classes_of_the_band_chosen()
    {
        var files = SearchClientIndexTests.IndexFiles(PaySite.With().BuildClean().Result.Files.Select(f => (f.Path, f.Bytes)));

        var output = SearchClient.Run(new JsonObject { ["op"] = "index-facets", ["files"] = files, ["search"] = "?pay=40-000-49-999-a-year" });

        Assert.Equal(["$30,000 – $39,999 a year", "$40,000 – $49,999 a year"], output["values"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["CS Representative"], output["kept"]!.AsArray().Select(v => (string)v!));
        Assert.Equal([1, 1], output["counts"]!.AsArray().Select(v => (int)v!));
    }

    [Fact]
    public void A_paid_class_result_carries_its_range()
    {
        var docs = new BuiltSite(PaySite.With().Build()).Page("search/docs/0.js");

        Assert.Contains("\"p\":\"$41,300 \\u2013 $58,900 a year\"", docs);
    }

    [Fact]
    public void A_site_without_pay_has_no_pay_facet_and_its_facet_choices_still_work()
    {
        var files = SearchClientIndexTests.IndexFiles(TestSite.Minimal().BuildClean().Result.Files.Select(f => (f.Path, f.Bytes)));

        var output = SearchClient.Run(new JsonObject { ["op"] = "index-facets", ["files"] = files, ["search"] = "?pay=40-000-49-999-a-year&type=class" });

        Assert.Empty(output["values"]!.AsArray());
        Assert.Empty(output["counts"]!.AsArray());
        Assert.Equal(2, output["kept"]!.AsArray().Count);
    }
}
