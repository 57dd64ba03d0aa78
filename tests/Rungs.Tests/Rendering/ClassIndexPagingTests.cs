using System.Text.RegularExpressions;
using Rungs.Rendering.Pages;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>
/// The all-classes table does not grow with the site: beyond one page of classes it is split into numbered pages of at
/// most <see cref="ClassIndexPages.PageSize"/> rows, each a plain listing, with every class's row in `classes/rows.js`
/// for the filter.
/// </summary>
public sealed class ClassIndexPagingTests
{
    private static readonly Lazy<BuiltSite> Large = new(() => new BuiltSite(GeneratedCorpus.Build(GeneratedCorpus.Files(1_200))));

    private static int Rows(string html) => Regex.Matches(html, "<th scope=\"row\">").Count;

    [Fact]
    public void Given_1200_classes_the_table_has_three_pages_of_at_most_500_rows_that_together_list_every_class()
    {
        var site = Large.Value;
        string[] pages = ["classes/index.html", "classes/page/2/index.html", "classes/page/3/index.html"];
        Assert.Equal([500, 500, 200], pages.Select(p => Rows(site.Page(p))));
        Assert.False(site.Has("classes/page/4/index.html"));
        Assert.False(site.Has("classes/page/1/index.html"));
        Assert.Contains("Classes 501–1,000 of 1,200", site.Text("classes/page/2/index.html")); // counts with thousands separators
    }

    [Fact]
    public void Each_page_links_every_page_by_number_and_marks_its_own()
    {
        var html = Large.Value.Page("classes/page/2/index.html");
        Assert.Contains("<a href=\"../../../classes/index.html\" rel=\"prev\">Previous</a>", html);
        Assert.Contains("<a href=\"../../../classes/page/3/index.html\" rel=\"next\">Next</a>", html);
        Assert.Contains("<a href=\"../../../classes/page/2/index.html\" aria-current=\"page\">2</a>", html);
        Assert.Contains("<a href=\"../../../classes/index.html\">1</a>", html);
        Assert.Contains("<a href=\"classes/page/3/index.html\">3</a>", Large.Value.Page("classes/index.html").Replace("../", ""));
    }

    [Fact]
    public void The_rows_script_holds_every_class_and_the_first_page_points_its_filter_at_it()
    {
        var site = Large.Value;
        var script = site.Page(ClassRowsScript.Path);
        Assert.StartsWith("rungsClassRows([[", script);
        Assert.EndsWith("]]);\n", script);
        Assert.Equal(1_200, Regex.Matches(script, @"""series/[^""]+/index\.html""").Count);
        Assert.Contains("data-rows=\"../classes/rows.js\" data-total=\"1200\"", site.Page("classes/index.html"));
    }

    [Fact]
    public void A_site_whose_classes_fit_one_page_has_one_page_and_no_rows_script()
    {
        var site = TestSite.Sample().BuildClean();
        Assert.False(site.Has(ClassRowsScript.Path));
        Assert.False(site.Has("classes/page/2/index.html"));
        Assert.DoesNotContain("pagination", site.Page("classes/index.html"));
    }
}
