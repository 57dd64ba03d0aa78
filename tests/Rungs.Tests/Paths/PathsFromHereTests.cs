using Rungs.Rendering.Pages;
using Rungs.Tests.Support;

namespace Rungs.Tests.Paths;

/// <summary>
/// Given two series (Customer Service: CS Assistant grade 13, CS Representative grade 15; Administration: Admin Clerk
/// grade 13, promoting to CS Representative, and Admin Officer grade 15), each class page lists its paths from here: the
/// next level, promotions either way, and the classes of the other series at its grade, each linking to the comparison.
/// </summary>
public class PathsFromHereTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => TwoSeries().BuildClean());
    private const string Assistant = "series/cs/cs-assistant/index.html";
    private const string Representative = "series/cs/cs-representative/index.html";

    private static TestSite TwoSeries() => TestSite.Minimal()
        .With("series/admin/_series.md", "---\ntitle: Administration Series\n---")
        .With("series/admin/admin-clerk.md", AdminClass("Admin Clerk", "5001", 1, "13", "promotes_to: [cs/cs-representative]"))
        .With("series/admin/admin-officer.md", AdminClass("Admin Officer", "5002", 2, "15", ""));

    private static string AdminClass(string title, string code, int level, string grade, string extra) => $"""
        ---
        title: {title}
        code: "{code}"
        level: {level}
        grade: "{grade}"
        {extra}
        ---

        ## Duties

        - keeps the office's records
        """;

    private static string Section(string page)
    {
        var start = page.IndexOf("""<section class="paths-from-here" """, StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no Paths from here section");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void A_class_lists_its_next_level_and_the_classes_of_other_series_at_its_grade_with_compare_links()
    {
        var paths = Section(Site.Value.Page(Assistant));

        Assert.Contains("<h3>Next level</h3>", paths);
        Assert.Contains("""href="../../../compare/index.html?a=cs-assistant&amp;b=cs-representative">compare with this class</a>""", paths);
        Assert.Contains("<h3>Lateral moves at grade 13</h3>", paths);
        Assert.Contains("""<a href="../../../series/admin/admin-clerk/index.html">Admin Clerk</a> <span class="muted">— Administration Series, Level 1, grade 13</span>""", paths);
        Assert.Contains("""href="../../../compare/index.html?a=cs-assistant&amp;b=admin-clerk">""", paths);
        // Not the other grade, and not its own series.
        Assert.DoesNotContain("Admin Officer", paths);
    }

    [Fact]
    public void A_promotion_is_listed_on_both_classes_and_lateral_moves_go_both_ways()
    {
        var representative = Section(Site.Value.Page(Representative));
        var clerk = Section(Site.Value.Page("series/admin/admin-clerk/index.html"));

        Assert.Contains("<h3>Promoted to from</h3>", representative);
        Assert.Contains("""href="../../../compare/index.html?a=cs-representative&amp;b=admin-clerk">""", representative);
        Assert.Contains("<h3>Lateral moves at grade 15</h3>", representative);
        Assert.Contains("Admin Officer", representative);
        Assert.Contains("<h3>Promotes to</h3>", clerk);
        Assert.Contains("""href="../../../compare/index.html?a=admin-clerk&amp;b=cs-representative">""", clerk);
        Assert.Contains("""href="../../../compare/index.html?a=admin-clerk&amp;b=cs-assistant">""", clerk);
    }

    [Fact]
    public void The_section_is_in_the_pages_contents()
    {
        var page = Site.Value.Page(Assistant);

        Assert.Contains("""<a href="#paths-from-here">Paths from here</a>""", page);
        Assert.Contains("paths-from-here", Html.Ids(page));
    }

    [Fact]
    public void A_class_without_a_grade_has_no_lateral_moves()
    {
        var site = TwoSeries().With("series/cs/cs-assistant.md", """
            ---
            title: CS Assistant
            code: "4807"
            level: 1
            ---
            """).BuildClean();

        Assert.DoesNotContain("Lateral moves", site.Page(Assistant));
        Assert.DoesNotContain("CS Assistant", Section(site.Page("series/admin/admin-clerk/index.html")));
    }

    [Fact]
    public void At_most_twelve_lateral_moves_are_listed_and_the_rest_are_counted()
    {
        var site = TestSite.Minimal();
        for (var i = 1; i <= ClassPaths.LateralLimit + 3; i++)
            site = site.With($"series/s{i:00}/_series.md", $"---\ntitle: Series {i:00}\n---")
                .With($"series/s{i:00}/c{i:00}.md", AdminClass($"Class {i:00}", $"9{i:000}", 1, "13", ""));

        var paths = Section(site.BuildClean().Page(Assistant));

        Assert.Equal(ClassPaths.LateralLimit, paths.Split("compare with this class").Length - 1 - 1); // less the next level's
        Assert.Contains("Class 12</a>", paths);
        Assert.DoesNotContain("Class 13</a>", paths);
        Assert.Contains("And 3 more at grade 13.", paths);
    }
}
