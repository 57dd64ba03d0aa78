using Rungs.Rendering.CareerMap;
using static Rungs.Tests.CareerMap.MapSamples;

namespace Rungs.Tests.CareerMap;

/// <summary>
/// When classes have grades, the ladders of a row stand on one grade axis: classes of the same grade sit at the same
/// height, with a labelled grade scale at the side. A ladder without grades (or whose grades do not rise with its
/// levels) keeps level order. Grades are ordered as numbers when all are numbers, else by first appearance.
/// </summary>
public class CareerMapGradeAxisTests
{
    private static MapLadder Graded(string id, params string?[] grades) =>
        new(id, $"{id} series", $"series/{id}/index.html", null,
            grades.Select((grade, i) => new MapNode($"{id}-{i + 1}", $"{id} level {i + 1}", null, i + 1, $"series/{id}/{id}-{i + 1}/index.html", grade)).ToList());

    /// <summary>The top of each class box, by class id (boxes are drawn in ladder order, level order).</summary>
    private static Dictionary<string, double> Tops(CareerMapInput input)
    {
        var svg = Parse(CareerMapSvg.Render(input, ""));
        var ids = input.Ladders.SelectMany(l => l.Nodes.OrderBy(n => n.Level)).Select(n => n.Id).ToList();
        return ids.Zip(Boxes(svg), (id, box) => (id, box.Y)).ToDictionary(p => p.id, p => p.Y);
    }

    private static List<string> ScaleLabels(CareerMapInput input) =>
        WithClass(Parse(CareerMapSvg.Render(input, "")), "career-map-grades").SelectMany(g => g.Elements(Svg + "text")).Select(t => t.Value).ToList();

    [Fact]
    public void Classes_of_the_same_grade_sit_at_the_same_height_across_the_ladders_of_a_row()
    {
        var tops = Tops(Map([Graded("a", "13", "15", "17"), Graded("b", "15", "17")]));

        Assert.Equal(tops["a-2"], tops["b-1"]);
        Assert.Equal(tops["a-3"], tops["b-2"]);
        Assert.True(tops["a-1"] > tops["b-1"], "grade 13 stands below grade 15, though b's entry level is grade 15");
    }

    [Fact]
    public void A_gap_in_grades_leaves_a_gap_in_the_ladder_and_the_promotion_still_runs_straight_up()
    {
        var input = Map([Graded("a", "13", "14", "15"), Graded("b", "13", "15")]);
        var tops = Tops(input);

        Assert.Equal(tops["a-3"], tops["b-2"]);
        Assert.Equal(tops["a-1"], tops["b-1"]);
        Assert.Empty(WithClass(Parse(CareerMapSvg.Render(input, "")), "career-map-edges"));
    }

    [Fact]
    public void The_grade_scale_labels_each_grade_of_the_row_lowest_at_the_bottom()
    {
        Assert.Equal(["Grade 13", "Grade 15", "Grade 17"], ScaleLabels(Map([Graded("a", "13", "15", "17"), Graded("b", "15", "17")])));
        Assert.Empty(ScaleLabels(Map([Ladder("plain", 3)])));
    }

    [Fact]
    public void A_series_without_grades_falls_back_to_level_order_from_the_bottom()
    {
        var tops = Tops(Map([Graded("a", "13", "15", "17"), Graded("none", null, null)]));

        Assert.Equal(tops["a-1"], tops["none-1"]);
        Assert.Equal(tops["a-2"], tops["none-2"]);
        Assert.Empty(ScaleLabels(Map([Graded("a", "13", "15", "17"), Graded("none", null, null)])));
    }

    [Fact]
    public void A_ladder_whose_grades_do_not_rise_with_its_levels_keeps_level_order()
    {
        var tops = Tops(Map([Graded("a", "13", "15", "17"), Graded("odd", "17", "13")]));

        Assert.Equal(tops["a-1"], tops["odd-1"]);
        Assert.Equal(tops["a-2"], tops["odd-2"]);
    }

    [Fact]
    public void Numeric_grades_are_ordered_as_numbers_not_as_text()
    {
        Assert.Equal(["Grade 9", "Grade 10"], ScaleLabels(Map([Graded("a", "10"), Graded("b", "9")])));
        var tops = Tops(Map([Graded("a", "10"), Graded("b", "9")]));
        Assert.True(tops["a-1"] < tops["b-1"], "grade 10 stands above grade 9");
    }

    [Fact]
    public void Grades_that_are_not_all_numbers_keep_the_order_they_first_appear_in()
    {
        Assert.Equal(["Grade GS-7", "Grade GS-11", "Grade 5"], ScaleLabels(Map([Graded("a", "GS-7", "GS-11"), Graded("b", "GS-7", "5")])));
    }
}
