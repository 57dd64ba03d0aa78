using Rungs.Tests.Support;
using Rungs.Tests.Tracks;

namespace Rungs.Tests.CareerMap;

/// <summary>
/// On phones the career map page shows its ladders as lists instead of the SVG: one list per ladder, top level first
/// (entry level at the bottom, as on the map), each class linked with its code and grade, and the moves that leave
/// its ladder listed under it.
/// </summary>
public class CareerMapListTests
{
    private static readonly Lazy<string> Page = new(() => TestSite.Minimal()
        .With("series/cs/cs-assistant.md", TestSite.Minimal().Files["series/cs/cs-assistant.md"].Replace("level: 1\n", "level: 1\npromotes_to: [it-technician]\n", StringComparison.Ordinal))
        .With("series/it/_series.md", """
            ---
            title: IT Support Series
            ---

            ## Series Narrative

            Support for campus computers.
            """)
        .With("series/it/it-technician.md", """
            ---
            title: IT Technician
            code: "5001"
            level: 1
            ---

            ## Summary

            Fixes computers.
            """)
        .BuildClean().Page("career-map/index.html"));

    private static string List => Page.Value[Page.Value.IndexOf("<div class=\"career-map-list\">", StringComparison.Ordinal)..];

    [Fact]
    public void Each_series_is_a_list_headed_by_its_linked_title()
    {
        Assert.Contains("""<h2 class="career-map-list-title"><a href="../series/cs/index.html">Customer Service Series</a></h2>""", List);
        Assert.Contains("""<h2 class="career-map-list-title"><a href="../series/it/index.html">IT Support Series</a></h2>""", List);
        Assert.Equal(2, Html.Links(List).Count(l => l.StartsWith("../series/", StringComparison.Ordinal) && l.EndsWith("/index.html", StringComparison.Ordinal) && l.Count(c => c == '/') == 3));
    }

    [Fact]
    public void Classes_are_listed_top_level_first_with_code_and_grade_and_link_their_page()
    {
        var representative = List.IndexOf("""<a href="../series/cs/cs-representative/index.html">CS Representative</a> <span class="code">4808</span> <span class="career-map-grade">Grade 15</span>""", StringComparison.Ordinal);
        var assistant = List.IndexOf("""<a href="../series/cs/cs-assistant/index.html">CS Assistant</a> <span class="code">4807</span> <span class="career-map-grade">Grade 13</span>""", StringComparison.Ordinal);

        Assert.True(representative >= 0 && assistant >= 0, List);
        Assert.True(representative < assistant, "the entry level is at the bottom of its list, as on the map");
        Assert.Contains("""<ol class="career-map-steps" reversed>""", List);
    }

    [Fact]
    public void A_declared_move_is_listed_under_its_class_and_links_the_other_series_class()
    {
        var assistant = List.IndexOf("CS Assistant</a>", StringComparison.Ordinal);
        var move = List.IndexOf("""<ul class="career-map-moves"><li>Moves to <a href="../series/it/it-technician/index.html">IT Technician</a></li></ul>""", StringComparison.Ordinal);

        Assert.True(move > assistant && assistant > 0, List);
        // The promotion to the next level is the list itself: not repeated as a line.
        Assert.DoesNotContain("Promotes to", List);
    }

    [Fact]
    public void The_svg_and_the_list_are_both_on_the_page_for_the_stylesheet_to_choose()
    {
        Assert.Contains("""<div class="career-map-frame career-map-wide">""", Page.Value);
        Assert.Contains("<svg ", Page.Value);
    }

    [Fact]
    public void A_series_with_tracks_is_a_list_per_track_and_the_step_into_the_other_track_is_listed()
    {
        var page = TrackSites.ProgrammerAnalyst().BuildClean().Page("career-map/index.html");

        Assert.Contains(">Programmer Analyst Series: Specialist</a></h2>", page);
        Assert.Contains(">Programmer Analyst Series: Supervisor</a></h2>", page);
        Assert.Contains("""<li>Promotes to <a href="../series/programmer-analyst/programmer-analyst-supervisor-3/index.html">Programmer Analyst Supervisor 3</a></li>""", page);
    }
}
