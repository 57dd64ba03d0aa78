using System.Text;
using System.Text.Json.Nodes;
using Rungs.Search;
using Rungs.Tests.Support;

namespace Rungs.Tests.Fields;

/// <summary>
/// A series may name its organisation; a class's is its series', else the site's. On a site of several organisations the
/// all-classes table, class facts, CSV, XLSX, JSON and search results say whose each class is; a site of one is unchanged.
/// </summary>
public class OrganisationTests
{
    private static readonly BuiltSite Site = TestSite.Minimal()
        .With("series/ops/_series.md", """
            ---
            title: Office Support Series
            organisation: City of Example
            ---
            """)
        .With("series/ops/office-clerk.md", """
            ---
            title: Office Clerk
            code: "0042"
            level: 1
            ---
            """)
        .BuildClean();

    [Fact]
    public void The_all_classes_table_shows_each_class_organisation_beside_its_series()
    {
        var text = Site.Text("classes/index.html");

        Assert.Contains("Customer Service Series (Test University)", text);
        Assert.Contains("Office Support Series (City of Example)", text);
    }

    [Fact]
    public void A_class_whose_series_names_none_shows_the_site_organisation_in_its_facts()
    {
        Assert.Contains("Organisation Test University", Site.Text("series/cs/cs-assistant/index.html"));
        Assert.Contains("Organisation City of Example", Site.Text("series/ops/office-clerk/index.html"));
    }

    [Fact]
    public void The_csv_xlsx_and_json_carry_the_organisation()
    {
        var csv = Encoding.UTF8.GetString(Site.Result.Files.Single(f => f.Path == "classes.csv").Bytes);
        Assert.Contains(",URL,Organisation\r\n", csv);
        Assert.Contains("0042,Office Clerk,Office Support Series,1,,,series/ops/office-clerk/,City of Example\r\n", csv);

        var rows = Workbook.Rows(Site.Result.Files.Single(f => f.Path == "classes.xlsx").Bytes);
        Assert.Equal("Organisation", rows[0][7].Text);
        Assert.Equal(["Test University", "Test University", "City of Example"], rows.Skip(1).Select(r => r[7].Text));

        Assert.Equal("City of Example", (string)JsonNode.Parse(Site.Page("api/classes/office-clerk.json"))!["organisation"]!);
    }

    [Fact]
    public void Search_results_carry_the_organisation()
    {
        var document = SearchDocuments.Of(Site.Result.Site!).Single(d => d.Title == "Office Clerk");

        Assert.Equal("City of Example", document.Organisation);
        Assert.Contains("\"o\":\"City of Example\"", string.Concat(Site.Paths.Where(p => p.StartsWith("search/docs/", StringComparison.Ordinal)).Select(Site.Page)));
    }

    [Fact]
    public void A_site_of_one_organisation_shows_it_nowhere_new()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.DoesNotContain("(Test University)", site.Text("classes/index.html"));
        Assert.DoesNotContain("data-fact=\"organisation\"", site.Page("series/cs/cs-assistant/index.html"));
        Assert.DoesNotContain("Organisation", Encoding.UTF8.GetString(site.Result.Files.Single(f => f.Path == "classes.csv").Bytes));
        Assert.Null(SearchDocuments.Of(site.Result.Site!)[0].Organisation);
    }
}
