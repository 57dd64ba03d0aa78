using Rungs.Tests.Support;

namespace Rungs.Tests.Pay;

/// <summary>
/// Given two pay scales with the same grade names, lateral moves join classes that share a grade in the same scale:
/// grade 13 of the management plan is not grade 13 of the classified plan.
/// </summary>
public class LateralMovesOnScalesTests
{
    private const string Assistant = "series/cs/cs-assistant/index.html";

    private const string Management = """
        title: Management pay plan 2026
        currency: USD
        period: year
        grades:
          - { grade: "13", min: 60000, max: 90000 }
        """;

    private static string Clerk(string title, string code) => $"""
        ---
        title: {title}
        code: "{code}"
        level: 1
        grade: "13"
        ---

        ## Duties

        - keeps the office's records
        """;

    private static TestSite Site(string adminScale) => PaySite.With()
        .With("pay/management.yml", Management)
        .With("series/admin/_series.md", $"---\ntitle: Administration Series\n{adminScale}---")
        .With("series/admin/admin-clerk.md", Clerk("Admin Clerk", "5001"));

    [Fact]
    public void A_class_at_the_same_grade_of_another_scale_is_not_a_lateral_move()
    {
        var site = Site("pay_scale: management\n").BuildClean();

        Assert.DoesNotContain("Lateral moves", site.Page(Assistant));
        Assert.DoesNotContain("Lateral moves", site.Page("series/admin/admin-clerk/index.html"));
    }

    [Fact]
    public void A_class_at_the_same_grade_of_the_same_scale_is_a_lateral_move()
    {
        var site = Site("").BuildClean();

        Assert.Contains("Lateral moves at grade 13", site.Page(Assistant));
        Assert.Contains("CS Assistant", site.Page("series/admin/admin-clerk/index.html"));
    }
}
