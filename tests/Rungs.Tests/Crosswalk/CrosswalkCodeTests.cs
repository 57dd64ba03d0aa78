using System.Text.Json;
using Rungs.Tests.Support;

namespace Rungs.Tests.Crosswalk;

/// <summary>
/// Given classes crosswalked to O*NET-SOC (`onet_soc`) and ISCO-08 (`isco`), the build checks the codes' format, the class
/// page links to O*NET OnLine and states them in its schema.org Occupation, and the exports carry them.
/// </summary>
public class CrosswalkCodeTests
{
    private const string File = "content/series/cs/cs-assistant.md";
    private const string AssistantPage = "series/cs/cs-assistant/index.html";

    /// <summary>The minimal site with CS Assistant's front matter given <paramref name="codes"/> on line 5 (after `level: 1`).</summary>
    private static TestSite WithCodes(string codes) => TestSite.Minimal().With("series/cs/cs-assistant.md", $"""
        ---
        title: CS Assistant
        code: "4807"
        level: 1
        {codes}
        grade: "13"
        ksas: [grammar]
        competencies: [communication]
        ---

        ## Summary

        Entry level assistants who answer <routine> questions & "more".

        ## Duties

        - answers routine inquiries from clients
        - greets visitors </script> and directs them

        ## Minimum Qualifications

        - high school diploma
        """);

    private static readonly Lazy<BuiltSite> Site = new(() => WithCodes("onet_soc: \"43-4051\"\nisco: \"4222\"").BuildClean());

    [Fact]
    public void RUNGS046_an_onet_soc_code_in_another_form_is_an_error_at_its_value()
    {
        var result = WithCodes("onet_soc: 43-405").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS046", File, 5, 11, "`onet_soc` \"43-405\" is not an O*NET-SOC code",
                "write it as on O*NET OnLine, two digits, a hyphen, four digits and an optional `.NN` (e.g. `43-4051.00` or `43-4051`), in quotes"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void RUNGS047_an_isco_code_that_is_not_four_digits_is_an_error_at_its_value()
    {
        var result = WithCodes("isco: \"42221\"").Build();

        Expect.Diagnostics(result,
            Expect.Error("RUNGS047", File, 5, 7, "`isco` \"42221\" is not an ISCO-08 unit group",
                "write the four digits of the unit group (e.g. `4222`), in quotes so that a leading zero is kept"));
    }

    [Fact]
    public void A_bare_soc_code_is_read_as_the_onet_occupation_of_the_same_number_and_links_to_onet_online()
    {
        var page = Site.Value.Page(AssistantPage);

        Assert.Equal("43-4051.00", Html.Fact(page, "onet-soc"));
        Assert.Contains("""<a href="https://www.onetonline.org/link/summary/43-4051.00">43-4051.00</a>""", page);
        Assert.Equal("4222", Html.Fact(page, "isco"));
    }

    [Fact]
    public void The_class_page_embeds_a_schema_org_occupation_with_its_codes_skills_duties_and_qualifications()
    {
        using var json = JsonDocument.Parse(Html.StructuredData(Site.Value.Page(AssistantPage)));
        var o = json.RootElement;

        Assert.Equal("https://schema.org", o.GetProperty("@context").GetString());
        Assert.Equal("Occupation", o.GetProperty("@type").GetString());
        Assert.Equal("CS Assistant", o.GetProperty("name").GetString());
        Assert.Equal("Entry level assistants who answer <routine> questions & \"more\".", o.GetProperty("description").GetString());
        var codes = o.GetProperty("occupationalCategory").EnumerateArray().ToList();
        Assert.Equal(["43-4051.00", "4222"], codes.Select(c => c.GetProperty("codeValue").GetString()));
        Assert.All(codes, c => Assert.Equal("CategoryCode", c.GetProperty("@type").GetString()));
        Assert.Equal(["CategoryCodeSet", "CategoryCodeSet"], codes.Select(c => c.GetProperty("inCodeSet").GetProperty("@type").GetString()));
        Assert.Equal(["O*NET-SOC", "ISCO-08"], codes.Select(c => c.GetProperty("inCodeSet").GetProperty("name").GetString()));
        Assert.Equal(["Grammar", "Communication"], o.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.All(o.GetProperty("skills").EnumerateArray(), s => Assert.Equal("DefinedTerm", s.GetProperty("@type").GetString()));
        Assert.Equal(["answers routine inquiries from clients", "greets visitors </script> and directs them"],
            o.GetProperty("responsibilities").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("high school diploma", o.GetProperty("qualifications").GetString());
        // No pay scale, no invented salary; Occupation has no date property.
        Assert.False(o.TryGetProperty("estimatedSalary", out _));
        Assert.False(o.TryGetProperty("datePosted", out _));
    }

    [Fact]
    public void The_structured_data_cannot_end_its_script_element()
    {
        var data = Html.StructuredData(Site.Value.Page(AssistantPage));

        Assert.DoesNotContain("<", data);
        Assert.DoesNotContain(">", data);
        Assert.DoesNotContain("&", data);
        Assert.Contains(@"\u003C/script\u003E", data);
    }

    [Fact]
    public void A_class_without_codes_has_an_occupation_without_a_category_and_no_onet_link()
    {
        var page = TestSite.Minimal().BuildClean().Page("series/cs/cs-representative/index.html");
        using var json = JsonDocument.Parse(Html.StructuredData(page));

        Assert.Equal("CS Representative", json.RootElement.GetProperty("name").GetString());
        Assert.False(json.RootElement.TryGetProperty("occupationalCategory", out _));
        Assert.DoesNotContain("onetonline.org", page);
    }

    [Fact]
    public void The_exports_carry_the_codes_in_columns_only_a_site_with_codes_has()
    {
        var csv = Site.Value.Page("classes.csv").TrimStart('\uFEFF').Split("\r\n");
        Assert.EndsWith(",O*NET-SOC,ISCO-08", csv[0]);
        Assert.EndsWith(",43-4051.00,4222", csv.Single(l => l.StartsWith("4807,", StringComparison.Ordinal)));
        Assert.EndsWith(",,", csv.Single(l => l.StartsWith("4808,", StringComparison.Ordinal)));
        Assert.Contains("\"onet_soc\":\"43-4051.00\",\"isco\":\"4222\"", Site.Value.Page("api/classes/cs-assistant.json"));
        Assert.DoesNotContain("\"onet_soc\"", Site.Value.Page("api/classes/cs-representative.json"));

        Assert.DoesNotContain("O*NET", TestSite.Minimal().BuildClean().Page("classes.csv"));
    }

}
