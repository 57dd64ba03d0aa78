using Rungs.Rendering.CareerMap;
using Rungs.Rendering.Pages;
using Rungs.Tests.Support;

namespace Rungs.Tests.Tracks;

/// <summary>
/// Given the Programmer Analyst series (PA 1 and 2, then Specialist 3–4 and Supervisor 3–4 in parallel tracks), the site
/// shows the tracks side by side: labelled rungs, steps up within each track, the parallel class on each class page,
/// lanes on the career map, and the track in the exports.
/// </summary>
public class TrackPageTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => TrackSites.ProgrammerAnalyst().BuildClean());
    private const string Series = TrackSites.Series;
    private const string Pa2 = "programmer-analyst-2";
    private const string Specialist3 = "programmer-analyst-specialist-3";
    private const string Supervisor3 = "programmer-analyst-supervisor-3";
    private const string Specialist4 = "programmer-analyst-specialist-4";
    private const string Supervisor4 = "programmer-analyst-supervisor-4";

    private static string Step(string from, string to) => $"{Series}compare/{from}..{to}/index.html";

    [Fact]
    public void The_series_ladder_names_the_track_of_every_class_in_level_order()
    {
        var page = Site.Value.Page(Series + "index.html");

        Assert.Contains("""<span class="rung-level">Level 3 <span class="rung-track">· Specialist</span></span>""", page);
        Assert.Contains("""<span class="rung-level">Level 3 <span class="rung-track">· Supervisor</span></span>""", page);
        var order = new[] { "Programmer Analyst 1", "Programmer Analyst 2", "Specialist 3", "Supervisor 3", "Specialist 4", "Supervisor 4" }
            .Select(t => page.IndexOf(t + "</a>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void The_series_counts_levels_not_classes_and_names_its_tracks()
    {
        var page = Site.Value.Page(Series + "index.html");

        Assert.Equal("4 levels", Html.Fact(page, "levels"));
        Assert.Equal("Specialist, Supervisor", Html.Fact(page, "tracks"));
        Assert.Equal("Supervisor", Html.Fact(Site.Value.Page($"{Series}{Supervisor3}/index.html"), "track"));
    }

    [Fact]
    public void The_all_classes_table_and_the_levels_side_by_side_show_the_track_with_the_level()
    {
        Assert.Contains("<td>Level 4 · Supervisor</td>", Site.Value.Page("classes/index.html"));
        Assert.Contains("""<span class="level-name">Level 4 · Supervisor</span>""", Site.Value.Page(Series + "compare/index.html"));
    }

    [Fact]
    public void Levels_side_by_side_marks_a_change_against_the_level_a_class_steps_from_not_the_column_before()
    {
        // Grades: Programmer Analyst 1 and 2 are grade 20, the level 3 and 4 classes have none. Supervisor 3 steps from
        // Programmer Analyst 2 (changed), not from Specialist 3 beside it (the same).
        var page = Site.Value.Page(Series + "compare/index.html");
        var row = page[page.IndexOf("<tr data-attribute=\"grade\">", StringComparison.Ordinal)..];
        var cells = row[..row.IndexOf("</tr>", StringComparison.Ordinal)].Split("<td").Skip(1).Select(c => c.StartsWith(" class=\"changed\"", StringComparison.Ordinal)).ToList();

        // PA 1, PA 2, Specialist 3, Supervisor 3, Specialist 4, Supervisor 4
        Assert.Equal([false, false, true, true, false, false], cells);
    }

    [Fact]
    public void Step_pages_go_up_within_each_track_and_both_tracks_step_from_the_last_shared_level()
    {
        Assert.True(Site.Value.Has(Step("programmer-analyst-1", Pa2)));
        Assert.True(Site.Value.Has(Step(Pa2, Specialist3)));
        Assert.True(Site.Value.Has(Step(Pa2, Supervisor3)));
        Assert.True(Site.Value.Has(Step(Specialist3, Specialist4)));
        Assert.True(Site.Value.Has(Step(Supervisor3, Supervisor4)));
        // No invented order across tracks.
        Assert.False(Site.Value.Has(Step(Specialist3, Supervisor3)));
        Assert.False(Site.Value.Has(Step(Supervisor3, Specialist4)));
        Assert.Contains("From Programmer Analyst Supervisor 3 to Programmer Analyst Supervisor 4", Site.Value.Text(Step(Supervisor3, Supervisor4)));
    }

    [Fact]
    public void A_class_page_shows_the_next_level_in_its_track_and_the_parallel_class_with_a_comparison_link()
    {
        var page = Site.Value.Page($"{Series}{Supervisor3}/index.html");

        Assert.Contains($"""<a class="ladder-prev" rel="prev" href="../../../{Series}{Pa2}/index.html"><span class="label">Level below</span> Programmer Analyst 2</a>""", page);
        Assert.Contains($"""<a class="ladder-next" rel="next" href="../../../{Series}{Supervisor4}/index.html"><span class="label">Next level</span> Programmer Analyst Supervisor 4</a>""", page);
        Assert.Contains("What it takes to reach Programmer Analyst Supervisor 4", page);
        Assert.Contains("Programmer Analyst Supervisor 3 is in the Supervisor track.", Html.TextOf(page));
        Assert.Contains($"""<a href="../../../{Series}{Specialist3}/index.html">Programmer Analyst Specialist 3</a> <span class="muted">— Specialist track</span>""", page);
        Assert.Contains($"""<a href="../../../compare/index.html?a={Supervisor3}&amp;b={Specialist3}">compare the two</a>""", page);
    }

    [Fact]
    public void The_last_shared_level_steps_up_to_the_first_track_and_has_no_parallel_class()
    {
        var page = Site.Value.Page($"{Series}{Pa2}/index.html");

        Assert.Contains($"""<a class="ladder-next" rel="next" href="../../../{Series}{Specialist3}/index.html">""", page);
        Assert.DoesNotContain("parallel-classes", page);
    }

    [Fact]
    public void A_track_with_a_missing_level_steps_to_its_next_existing_level()
    {
        var site = TrackSites.ProgrammerAnalyst()
            .Without(Series + "programmer-analyst-supervisor-4.md")
            .With(Series + "programmer-analyst-specialist-5.md", TrackSites.Class("Programmer Analyst Specialist 5", "001372", 5, "Specialist"))
            .With(Series + "programmer-analyst-supervisor-5.md", TrackSites.Class("Programmer Analyst Supervisor 5", "001382", 5, "Supervisor"))
            .BuildClean();

        Assert.True(site.Has(Step(Supervisor3, "programmer-analyst-supervisor-5")));
        Assert.Contains("<span class=\"label\">Next level</span> Programmer Analyst Supervisor 5", site.Page($"{Series}{Supervisor3}/index.html"));
        // Specialist 4 has no parallel class: the Supervisor track has no level 4.
        Assert.DoesNotContain("parallel-classes", site.Page($"{Series}{Specialist4}/index.html"));
    }

    [Fact]
    public void Without_a_tracks_list_the_unnamed_track_comes_first_and_named_tracks_branch_off_it_in_name_order()
    {
        var site = TrackSites.ProgrammerAnalyst(tracks: null).BuildClean();

        Assert.True(site.Has(Step(Pa2, Specialist3)));
        Assert.True(site.Has(Step(Pa2, Supervisor3)));
        Assert.Contains($"""<a class="ladder-next" rel="next" href="../../../{Series}{Specialist3}/index.html">""", site.Page($"{Series}{Pa2}/index.html"));
        Assert.Contains($"""<a class="ladder-prev" rel="prev" href="../../../{Series}{Pa2}/index.html">""", site.Page($"{Series}{Supervisor3}/index.html"));
    }

    [Fact]
    public void The_career_map_draws_each_track_as_a_lane_with_promotions_up_the_track()
    {
        var input = CareerMapPage.InputOf(Site.Value.Result.Site!);

        var lanes = input.Ladders.Where(l => l.Url == Series + "index.html").ToList();
        Assert.Equal(["Programmer Analyst Series: Specialist", "Programmer Analyst Series: Supervisor"], lanes.Select(l => l.Title));
        // Nodes are named by class key (series/slug), since class slugs are unique only within a series.
        static string Slug(string id) => id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..];
        Assert.Equal(["programmer-analyst-1", Pa2, Specialist3, Specialist4], lanes[0].Nodes.Select(n => Slug(n.Id)));
        Assert.Equal([Supervisor3, Supervisor4], lanes[1].Nodes.Select(n => Slug(n.Id)));
        Assert.Equal(2, lanes[1].FirstRung); // level with Specialist 3, above the two shared levels
        var promotions = input.Edges.Where(e => e.Kind == MapEdgeKind.Promotion && e.FromId.StartsWith("programmer-analyst/", StringComparison.Ordinal))
            .Select(e => $"{Slug(e.FromId)}→{Slug(e.ToId)}").ToList();
        Assert.Equal(
            [$"programmer-analyst-1→{Pa2}", $"{Pa2}→{Specialist3}", $"{Pa2}→{Supervisor3}", $"{Specialist3}→{Specialist4}", $"{Supervisor3}→{Supervisor4}"],
            promotions.Order(StringComparer.Ordinal));
        Assert.Contains("Programmer Analyst Supervisor 4", Site.Value.Page("career-map/index.html"));
    }

    [Fact]
    public void The_catalogue_and_the_class_data_carry_the_track()
    {
        var csv = Site.Value.Page("classes.csv").TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("Code,Title,Series,Level,Grade,FLSA,URL,Track", csv[0]);
        Assert.Contains("001380,Programmer Analyst Supervisor 3,Programmer Analyst Series,3,,,series/programmer-analyst/programmer-analyst-supervisor-3/,Supervisor", csv);
        Assert.Contains("001368,Programmer Analyst 1,Programmer Analyst Series,1,20,,series/programmer-analyst/programmer-analyst-1/,Specialist", csv);
        Assert.Contains("4807,CS Assistant,Customer Service Series,1,13,Non-exempt,series/cs/cs-assistant/,", csv);
        Assert.Contains("\"track\":\"Supervisor\"", Site.Value.Page($"api/classes/{Supervisor3}.json"));
        Assert.DoesNotContain("\"track\"", Site.Value.Page("api/classes/cs-assistant.json"));
    }

    [Fact]
    public void A_search_result_names_the_track_with_the_level()
    {
        Assert.Contains("Level 3 · Supervisor", Site.Value.Page("search/docs/0.js").Replace("\\u00B7", "·", StringComparison.OrdinalIgnoreCase));
    }
}
