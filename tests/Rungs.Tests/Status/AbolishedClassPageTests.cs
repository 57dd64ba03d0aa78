using Rungs.Tests.Support;

namespace Rungs.Tests.Status;

/// <summary>
/// Given CS Representative abolished on 30 June 2026 and superseded by CS Specialist, the site keeps its page with a
/// banner and its addresses, lists it under "Former classes", and takes it off the current ladder everywhere else.
/// </summary>
public class AbolishedClassPageTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => StatusSites.Reorganised()
        .With(StatusSites.Representative, StatusSites.Representative2(
            "status: abolished\nabolished: 2026-06-30\nsuperseded_by: cs-specialist\nredirect_from: [customer-rep]"))
        .BuildClean());

    private const string RepPage = "series/cs/cs-representative/index.html";
    private const string SeriesPage = "series/cs/index.html";

    [Fact]
    public void The_abolished_class_keeps_its_page_with_a_banner_dating_it_and_linking_its_successor()
    {
        var page = Site.Value.Page(RepPage);

        Assert.Contains("""<p class="status-banner status-abolished" data-status="abolished"><strong>Abolished on <time datetime="2026-06-30">June 30, 2026</time></strong> — superseded by <a href="../../../series/cs/cs-specialist/index.html">CS Specialist</a>.""", page);
        Assert.DoesNotContain("noindex", page);
    }

    [Fact]
    public void Without_a_successor_the_banner_gives_the_date_alone()
    {
        var built = StatusSites.Reorganised()
            .With(StatusSites.Representative, StatusSites.Representative2("status: abolished\nabolished: 2026-06-30")).BuildClean();

        Assert.Contains("Abolished on June 30, 2026. It is no longer part of the current ladder and is kept for reference.", built.Text(RepPage));
    }

    [Fact]
    public void The_abolished_class_has_no_level_below_or_above_no_next_step_and_no_paths()
    {
        var page = Site.Value.Page(RepPage);

        Assert.DoesNotContain("ladder-nav", page);
        Assert.DoesNotContain("id=\"next-level\"", page);
        Assert.DoesNotContain("id=\"paths-from-here\"", page);
    }

    [Fact]
    public void Its_short_links_and_old_addresses_still_lead_to_its_page()
    {
        var redirects = Site.Value.Page("_redirects");

        Assert.Contains("/c/4808  /series/cs/cs-representative/  301", redirects);
        Assert.Contains("/c/cs-representative  /series/cs/cs-representative/  301", redirects);
        Assert.Contains("/series/cs/customer-rep/  /series/cs/cs-representative/  301", redirects);
    }

    [Fact]
    public void The_series_page_lists_it_under_former_classes_not_on_its_ladder()
    {
        var page = Site.Value.Page(SeriesPage);
        var ladder = page[page.IndexOf("<ol class=\"ladder\">", StringComparison.Ordinal)..page.IndexOf("</ol>", page.IndexOf("<ol class=\"ladder\">", StringComparison.Ordinal), StringComparison.Ordinal)];
        var text = Html.TextOf(page);

        Assert.DoesNotContain("CS Representative", ladder);
        Assert.Contains("CS Specialist", ladder);
        Assert.Contains("Former classes", text);
        Assert.Contains("CS Representative (4808) — abolished on June 30, 2026; superseded by CS Specialist", text);
        Assert.Equal("2 levels", Html.Fact(page, "levels"));
    }

    [Fact]
    public void The_level_steps_career_map_and_comparisons_skip_it()
    {
        Assert.True(Site.Value.Has("series/cs/compare/cs-assistant..cs-specialist/index.html"));
        Assert.False(Site.Value.Has("series/cs/compare/cs-assistant..cs-representative/index.html"));
        Assert.DoesNotContain("CS Representative", Site.Value.Page("career-map/index.html"));
        Assert.DoesNotContain("CS Representative", Site.Value.Page("series/cs/compare/index.html"));
        Assert.Contains("CS Specialist", Site.Value.Text("series/cs/cs-assistant/index.html"));
    }

    [Fact]
    public void The_all_classes_table_marks_it()
    {
        Assert.Contains("CS Representative (Abolished)", Site.Value.Text("classes/index.html"));
    }

    [Fact]
    public void Another_series_at_its_grade_does_not_list_it_as_a_lateral_move()
    {
        var built = StatusSites.Reorganised()
            .With("series/ops/_series.md", "---\ntitle: Operations Series\n---\n")
            .With("series/ops/ops-clerk.md", StatusSites.Class("Ops Clerk", "5001", 1, "grade: \"15\""))
            .BuildClean();

        var paths = built.Text("series/ops/ops-clerk/index.html");
        Assert.Contains("CS Specialist", paths);
        Assert.DoesNotContain("CS Representative", paths);
    }

    [Fact]
    public void Exports_carry_the_status_and_date_of_a_class_not_in_force_only()
    {
        var json = Site.Value.Page("api/classes/cs-representative.json");
        var csv = Site.Value.Page("classes.csv");

        Assert.Contains("\"status\":\"abolished\"", json.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("\"abolished\":\"2026-06-30\"", json.Replace(" ", "", StringComparison.Ordinal));
        Assert.DoesNotContain("\"status\"", Site.Value.Page("api/classes/cs-specialist.json"));
        Assert.Contains(",Status,Abolished", csv);
        Assert.Contains(",abolished,2026-06-30", csv);
        Assert.Contains(",active,", csv);
        Assert.DoesNotContain("Status", TestSite.Minimal().BuildClean().Page("classes.csv"));
    }

    [Fact]
    public void Search_marks_it_and_the_manifest_lists_it_to_rank_it_last()
    {
        var manifest = Site.Value.Page("search/manifest.js");
        var docs = Site.Value.Page("search/docs/0.js");

        Assert.Contains("\"former\":[1]", manifest);
        Assert.Contains("\"z\":\"Abolished\"", docs);
        Assert.DoesNotContain("\"former\"", TestSite.Minimal().BuildClean().Page("search/manifest.js"));
    }
}
