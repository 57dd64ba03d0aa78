using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>A class page shows what its grade pays in the scale that applies to it: its own, else its series', else the site's.</summary>
public class ClassPagePayTests
{
    private const string Representative = "series/cs/cs-representative/index.html";
    private const string Assistant = "series/cs/cs-assistant/index.html";

    [Fact]
    public void Given_a_site_scale_the_class_page_shows_its_grades_range_steps_and_the_scale_with_its_date()
    {
        var page = PaySite.With().BuildClean().Page(Representative);

        Assert.Equal("$41,300 – $58,900 a year", Html.Fact(page, "pay"));
        Assert.Equal("$41,300, $45,000, $50,000, $58,900", Html.Fact(page, "pay-steps"));
        Assert.Equal("Classified pay plan 2026, effective July 1, 2026", Html.Fact(page, "pay-scale"));
    }

    [Fact]
    public void A_grade_without_steps_shows_no_steps()
    {
        var page = PaySite.With().BuildClean().Page(Assistant);

        Assert.Equal("$36,200 – $51,400 a year", Html.Fact(page, "pay"));
        Assert.Null(Html.Fact(page, "pay-steps"));
    }

    [Fact]
    public void A_class_or_series_naming_another_scale_is_paid_on_that_one()
    {
        const string monthly = "title: Management plan\ncurrency: EUR\nperiod: month\ngrades:\n  - { grade: \"13\", min: 2100, max: 2600 }\n  - { grade: \"15\", min: 3000, max: 3500 }\n";
        var site = PaySite.With()
            .With("pay/management.yml", monthly)
            .With("series/cs/cs-assistant.md", "---\ntitle: CS Assistant\ncode: \"4807\"\nlevel: 1\ngrade: \"13\"\npay_scale: management\n---\n")
            .BuildClean();

        Assert.Equal("€2,100 – €2,600 a month", Html.Fact(site.Page(Assistant), "pay"));
        Assert.Equal("Management plan", Html.Fact(site.Page(Assistant), "pay-scale"));
        Assert.Equal("$41,300 – $58,900 a year", Html.Fact(site.Page(Representative), "pay"));
    }

    [Fact]
    public void Without_a_scale_a_graded_class_shows_its_grade_and_no_pay()
    {
        var page = TestSite.Minimal().BuildClean().Page(Representative);

        Assert.Equal("15", Html.Fact(page, "grade"));
        Assert.Null(Html.Fact(page, "pay"));
    }
}
