using System.Text;
using Rungs.Export;
using Rungs.Tests.Support;

namespace Rungs.Tests.Export;

/// <summary>`classes.csv`: exact bytes, so that Excel opens it correctly (BOM, CRLF, RFC 4180 quoting) and runs no formulas.</summary>
public class ClassCatalogueTests
{
    private static byte[] Catalogue(BuiltSite site) => site.Result.Files.Single(f => f.Path == "classes.csv").Bytes;

    private static byte[] Expected(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public void Every_build_writes_the_catalogue_with_BOM_CRLF_and_site_relative_urls()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.Equal(Expected(
            "Code,Title,Series,Level,Grade,FLSA,URL\r\n" +
            "4807,CS Assistant,Customer Service Series,1,13,Non-exempt,series/cs/cs-assistant/\r\n" +
            "4808,CS Representative,Customer Service Series,2,15,Exempt,series/cs/cs-representative/\r\n"), Catalogue(site));
    }

    [Fact]
    public void Fields_are_quoted_guarded_against_formulas_and_urls_are_absolute_with_a_base_url()
    {
        var site = TestSite.Minimal()
            .With("site.yml", "title: Test Specs\norganisation: Test University\nbase_url: https://hr.example.edu/specs\n")
            .With("series/cs/cs-assistant.md", "---\ntitle: 'Clerk, \"Senior\" Café'\ncode: \"=1+2\"\nlevel: 1\ngrade: \"@13\"\n---\n")
            .With("series/cs/cs-representative.md", "---\ntitle: \"-Rep\"\ncode: \"+4808\"\nlevel: 2\nflsa: exempt\n---\n")
            .Without("job-models/client-service.md")
            .BuildClean();

        Assert.Equal(Expected(
            "Code,Title,Series,Level,Grade,FLSA,URL\r\n" +
            "'=1+2,\"Clerk, \"\"Senior\"\" Café\",Customer Service Series,1,'@13,,https://hr.example.edu/specs/series/cs/cs-assistant/\r\n" +
            "'+4808,'-Rep,Customer Service Series,2,,Exempt,https://hr.example.edu/specs/series/cs/cs-representative/\r\n"), Catalogue(site));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_must_be(string value, string written) =>
        Assert.Equal(written, ClassCatalogue.Field(value));

    [Fact]
    public void The_all_classes_page_links_to_the_catalogue()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.Contains("<a href=\"../classes.csv\" download>Download as CSV</a>", site.Page("classes/index.html"));
    }
}
