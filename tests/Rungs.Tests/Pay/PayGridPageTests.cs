using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>
/// A site with pay scales has a pay page listing them and a grid per scale: each grade with its range and the classes at
/// that grade grouped by series, linked from the header; a site without scales has neither page nor link.
/// </summary>
public class PayGridPageTests
{
    private static readonly BuiltSite Site = PaySite.With()
        .With("series/ops/_series.md", "---\ntitle: Office Support Series\n---\n")
        .With("series/ops/office-clerk.md", "---\ntitle: Office Clerk\ncode: \"0042\"\nlevel: 1\ngrade: \"15\"\n---\n")
        .With("series/ops/office-lead.md", "---\ntitle: Office Lead\ncode: \"0043\"\nlevel: 2\ngrade: \"16\"\n---\n")
        .With("pay/classified.yml", PaySite.Classified + "\n  - { grade: \"16\", min: 43900, max: 62700 }\n")
        .BuildClean();

    [Fact]
    public void The_grid_lists_each_grade_with_its_range_and_the_classes_at_it_grouped_by_series()
    {
        var text = Site.Text("pay/classified/index.html");

        Assert.Contains("Grade 13 $36,200 – $51,400 a year Customer Service Series: CS Assistant (4807)", text);
        Assert.Contains("Grade 15 $41,300 – $58,900 a year Steps $41,300, $45,000, $50,000, $58,900 Customer Service Series: CS Representative (4808) Office Support Series: Office Clerk (0042)", text);
        Assert.Contains("Grade 16 $43,900 – $62,700 a year Office Support Series: Office Lead (0043)", text);
    }

    [Fact]
    public void With_few_series_the_grid_is_also_a_grade_by_series_matrix_which_wide_screens_show_instead_of_the_list()
    {
        var page = Site.Page("pay/classified/index.html");
        var matrix = Html.Element(page, "table", "class=\"class-table pay-matrix\"");

        Assert.Equal(["Grade", "Pay", "Customer Service Series", "Office Support Series"], Cells(Html.Element(matrix, "thead", "")));
        var rows = Html.Element(matrix, "tbody", "").Split("</tr>")[..^1].Select(Cells).ToList();
        Assert.Equal(
        [
            ["13", "$36,200 – $51,400 a year", "CS Assistant 4807", ""],
            ["15", "$41,300 – $58,900 a year Steps $41,300, $45,000, $50,000, $58,900", "CS Representative 4808", "Office Clerk 0042"],
            ["16", "$43,900 – $62,700 a year", "", "Office Lead 0043"],
        ], rows);
        // The list stays for phones: the stylesheet shows one or the other by width.
        Assert.Contains("<ol class=\"pay-grades pay-grades-narrow\">", page);
    }

    [Fact]
    public void With_more_series_than_a_page_is_wide_enough_for_the_grid_is_the_list_alone()
    {
        var site = PaySite.With();
        for (var i = 1; i <= 7; i++)
            site = site.With($"series/s{i}/_series.md", $"---\ntitle: Series {i}\n---\n")
                .With($"series/s{i}/c{i}.md", $"---\ntitle: Class {i}\ncode: \"90{i}\"\nlevel: 1\ngrade: \"15\"\n---\n");
        var page = site.BuildClean().Page("pay/classified/index.html");

        Assert.DoesNotContain("pay-matrix", page);
        Assert.Contains("<ol class=\"pay-grades\">", page);
        Assert.Contains("Series 7", page);
    }

    [Fact]
    public void An_abolished_class_is_not_on_the_grid()
    {
        var page = PaySite.With()
            .With("series/ops/_series.md", "---\ntitle: Office Support Series\n---\n")
            .With("series/ops/office-clerk.md", "---\ntitle: Office Clerk\ncode: \"0042\"\nlevel: 1\ngrade: \"15\"\nstatus: abolished\nabolished: 2026-06-30\n---\n")
            .BuildClean().Page("pay/classified/index.html");

        Assert.Contains("CS Representative", page);
        Assert.DoesNotContain("Office Clerk", page);
    }

    [Fact]
    public void A_draft_class_built_with_drafts_is_marked_on_the_grid_and_in_the_matrix()
    {
        var page = Status.StatusSites.BuildCleanWithDrafts(PaySite.With()
            .With("series/ops/_series.md", "---\ntitle: Office Support Series\n---\n")
            .With("series/ops/office-clerk.md", "---\ntitle: Office Clerk\ncode: \"0042\"\nlevel: 1\ngrade: \"15\"\nstatus: draft\n---\n"))
            .Page("pay/classified/index.html");

        Assert.Contains("Office Support Series</a>:\n <a href=\"../../series/ops/office-clerk/index.html\">Office Clerk</a> (0042) <span class=\"status-mark\">(Draft)</span></li>", page);
        Assert.Contains("<a href=\"../../series/ops/office-clerk/index.html\">Office Clerk</a> <span class=\"status-mark\">(Draft)</span> <span class=\"muted\">0042</span></td>", page);
        Assert.Contains("<a href=\"../../series/cs/cs-representative/index.html\">CS Representative</a> (4808)", page);
    }

    // The visible text of each cell of a table row (or header), in order.
    private static string[] Cells(string row) =>
        System.Text.RegularExpressions.Regex.Matches(row, "<t[hd][^>]*>(.*?)</t[hd]>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => Html.TextOf(m.Groups[1].Value)).ToArray();

    [Fact]
    public void The_pay_page_lists_the_scales_and_the_header_links_it()
    {
        Assert.Contains("Classified pay plan 2026 3 grades, USD a year, effective July 1, 2026", Site.Text("pay/index.html"));
        Assert.Contains("href=\"../../pay/index.html\"", Html.Element(Site.Page("series/cs/index.html"), "header", "class=\"site-header\""));
        Assert.Contains("../../pay/classified/index.html", Site.Page("series/cs/cs-representative/index.html"));
    }

    [Fact]
    public void A_site_without_pay_scales_has_no_pay_page_and_no_link_to_one()
    {
        var site = TestSite.Minimal().BuildClean();

        Assert.DoesNotContain(site.Paths, p => p.StartsWith("pay/", StringComparison.Ordinal));
        Assert.DoesNotContain("pay/index.html", site.Page("index.html"));
    }
}
