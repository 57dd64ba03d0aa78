using System.Text;
using System.Text.Json.Nodes;
using Rungs.Tests.Fields;
using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>The series ladder shows each class's pay, and the CSV, XLSX and JSON exports carry the range, currency and period.</summary>
public class PayExportAndLadderTests
{
    private static readonly BuiltSite Site = PaySite.With().BuildClean();

    [Fact]
    public void The_series_ladder_shows_the_pay_of_each_class()
    {
        var ladder = Html.Element(Site.Page("series/cs/index.html"), "ol", "class=\"ladder\"");

        Assert.Contains("Pay $36,200 – $51,400 a year", Html.TextOf(ladder));
        Assert.Contains("Pay $41,300 – $58,900 a year", Html.TextOf(ladder));
    }

    [Fact]
    public void A_ladder_without_pay_shows_no_pay()
    {
        var page = TestSite.Minimal().BuildClean().Page("series/cs/index.html");

        Assert.DoesNotContain("data-fact=\"pay\"", page);
    }

    [Fact]
    public void The_csv_and_xlsx_carry_min_max_currency_and_period()
    {
        var csv = Encoding.UTF8.GetString(Site.Result.Files.Single(f => f.Path == "classes.csv").Bytes);
        Assert.Contains(",URL,Pay min,Pay max,Currency,Pay period\r\n", csv);
        Assert.Contains("4808,CS Representative,Customer Service Series,2,15,Exempt,series/cs/cs-representative/,41300,58900,USD,year\r\n", csv);

        var rows = Workbook.Rows(Site.Result.Files.Single(f => f.Path == "classes.xlsx").Bytes);
        Assert.Equal(["Pay min", "Pay max", "Currency", "Pay period"], rows[0].Skip(7).Select(c => c.Text));
        Assert.Equal(["41300", "58900", "USD", "year"], rows[2].Skip(7).Select(c => c.Text));
        Assert.Equal(Workbook.Kind.Number, rows[2][7].Type);
    }

    [Fact]
    public void A_site_without_pay_keeps_its_catalogue_columns()
    {
        var csv = Encoding.UTF8.GetString(TestSite.Minimal().BuildClean().Result.Files.Single(f => f.Path == "classes.csv").Bytes);

        Assert.StartsWith("\uFEFFCode,Title,Series,Level,Grade,FLSA,URL\r\n", csv);
    }

    [Fact]
    public void The_class_json_carries_the_pay()
    {
        var pay = JsonNode.Parse(Site.Page("api/classes/cs-representative.json"))!["pay"]!;

        Assert.Equal("""{"scale":"classified","scale_title":"Classified pay plan 2026","effective":"2026-07-01","min":41300,"max":58900,"steps":[41300,45000,50000,58900],"currency":"USD","period":"year"}""",
            pay.ToJsonString());
        Assert.Null(JsonNode.Parse(TestSite.Minimal().BuildClean().Page("api/classes/cs-representative.json"))!["pay"]);
    }
}
