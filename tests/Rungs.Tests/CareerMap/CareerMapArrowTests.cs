using Rungs.Rendering.CareerMap;
using static Rungs.Tests.CareerMap.MapSamples;

namespace Rungs.Tests.CareerMap;

/// <summary>
/// Solid arrows climb each ladder one level at a time; dashed arrows show moves a class declares into another
/// series; a bracket labelled with the line number joins ladders on a shared promotional line. A legend
/// explains whichever of these the map shows.
/// </summary>
public class CareerMapArrowTests
{
    private const string Prefix = "m-";

    private static IEnumerable<System.Xml.Linq.XElement> Arrows(System.Xml.Linq.XElement svg, string kind) =>
        WithClass(svg, kind).Where(p => !p.Ancestors().Any(a => HasClass(a, "career-map-legend")));

    [Fact]
    public void Each_promotion_is_a_solid_arrow_from_one_box_up_to_the_next()
    {
        var svg = Parse(CareerMapSvg.Render(Map([Ladder("cs", 3)]), "", Prefix));
        var arrows = Arrows(svg, "career-map-promotion").ToList();
        var boxes = Boxes(svg);

        Assert.Equal(2, arrows.Count);
        Assert.All(arrows, a => Assert.Equal("url(#m-arrow-promotion)", a.Attribute("marker-end")!.Value));
        Assert.All(arrows, a => Assert.Null(a.Attribute("stroke-dasharray")));
        var points = PathPoints(arrows[0].Attribute("d")!.Value);
        Assert.Equal(boxes[0].Y, points[0].Y);                    // leaves the top of level 1
        Assert.Equal(boxes[1].Y + boxes[1].Height, points[^1].Y); // ends at the bottom of level 2
    }

    [Fact]
    public void A_declared_move_is_a_dashed_path_with_the_move_marker()
    {
        var input = Map([Ladder("a", 3), Ladder("b", 2)], new MapEdge("a-2", "b-1", MapEdgeKind.DeclaredMove));
        var svg = Parse(CareerMapSvg.Render(input, "", Prefix));
        var move = Arrows(svg, "career-map-move").Single();

        Assert.Equal("path", move.Name.LocalName);
        Assert.Equal("url(#m-arrow-move)", move.Attribute("marker-end")!.Value);
        Assert.NotNull(move.Attribute("stroke-dasharray"));
        Assert.Contains("C", move.Attribute("d")!.Value); // a cubic Bézier
        Assert.Single(svg.Descendants(Svg + "marker"), m => m.Attribute("id")!.Value == "m-arrow-move");
    }

    [Fact]
    public void A_move_to_the_next_ladder_runs_from_the_side_of_one_box_to_the_side_of_the_other()
    {
        var input = Map([Ladder("a", 3), Ladder("b", 2)], new MapEdge("a-2", "b-1", MapEdgeKind.DeclaredMove));
        var svg = Parse(CareerMapSvg.Render(input, ""));
        var boxes = Boxes(svg);
        var (from, to) = (boxes[1], boxes[3]);
        var points = PathPoints(Arrows(svg, "career-map-move").Single().Attribute("d")!.Value);

        Assert.Equal(from.X + from.Width, points[0].X);
        Assert.InRange(points[0].Y, from.Y, from.Y + from.Height);
        Assert.Equal(to.X, points[^1].X);
        Assert.InRange(points[^1].Y, to.Y, to.Y + to.Height);
    }

    [Fact]
    public void Moves_between_rows_and_across_a_row_stay_clear_of_every_box()
    {
        // Eight ladders: a-f in the first row, g-h in the second.
        var ladders = "abcdefgh".Select(c => Ladder(c.ToString(), 4)).ToList();
        var input = Map(ladders,
            new MapEdge("a-1", "h-3", MapEdgeKind.DeclaredMove),  // down a row and across
            new MapEdge("g-4", "e-2", MapEdgeKind.DeclaredMove),  // up a row and across
            new MapEdge("b-2", "f-4", MapEdgeKind.DeclaredMove),  // far across the same row
            new MapEdge("c-4", "c-1", MapEdgeKind.DeclaredMove),  // down its own ladder
            new MapEdge("a-4", "g-1", MapEdgeKind.DeclaredMove)); // straight down a column
        var svg = Parse(CareerMapSvg.Render(input, ""));
        var boxes = Boxes(svg);
        var moves = Arrows(svg, "career-map-move").ToList();

        Assert.Equal(5, moves.Count);
        foreach (var move in moves)
        {
            var points = PathPoints(move.Attribute("d")!.Value);
            // Every corner and control point lies outside every box (the ends touch their boxes' edges).
            foreach (var (x, y) in points)
            {
                Assert.DoesNotContain(boxes, b => x > b.X + 0.5 && x < b.X + b.Width - 0.5 && y > b.Y + 0.5 && y < b.Y + b.Height - 0.5);
            }
        }
    }

    [Fact]
    public void Arrows_to_classes_not_on_the_map_are_left_out_and_repeated_arrows_are_drawn_once()
    {
        var input = Map([Ladder("a", 2), Ladder("b", 2)],
            new MapEdge("a-1", "missing", MapEdgeKind.DeclaredMove),
            new MapEdge("a-1", "b-2", MapEdgeKind.DeclaredMove),
            new MapEdge("a-1", "b-2", MapEdgeKind.DeclaredMove));
        var svg = Parse(CareerMapSvg.Render(input, ""));

        Assert.Single(Arrows(svg, "career-map-move"));
    }

    [Fact]
    public void Ladders_sharing_a_promotional_line_are_joined_by_a_bracket_labelled_with_the_line()
    {
        var input = Map([Ladder("a", 3, "343"), Ladder("b", 2), Ladder("c", 4, "343")]);
        var svg = Parse(CareerMapSvg.Render(input, ""));
        var lanes = Lanes(svg);
        var bracket = WithClass(svg, "career-map-shared-line").Single(p => !p.Ancestors().Any(a => HasClass(a, "career-map-legend")));
        var label = WithClass(svg, "career-map-shared-line-label").Single();

        Assert.Equal("Promotional line 343", label.Value);
        // The two ladders on line 343 stand next to each other so one bracket spans them.
        Assert.Equal(["series/a/index.html", "series/c/index.html", "series/b/index.html"],
            WithClass(svg, "career-map-series").Select(a => a.Attribute("href")!.Value));
        var xs = PathPoints(bracket.Attribute("d")!.Value).Select(p => p.X).ToList();
        Assert.InRange(xs.Min(), lanes[0].X, lanes[0].X + 200);
        Assert.InRange(xs.Max(), lanes[1].X, lanes[1].X + 200);
    }

    [Fact]
    public void A_promotional_line_no_other_ladder_shares_draws_no_bracket()
    {
        var svg = Parse(CareerMapSvg.Render(Map([Ladder("a", 3, "343"), Ladder("b", 2, "12")]), ""));

        Assert.Empty(WithClass(svg, "career-map-shared-line"));
        Assert.Empty(WithClass(svg, "career-map-shared-line-label"));
    }

    [Fact]
    public void The_legend_explains_each_kind_of_mark_the_map_shows()
    {
        var input = Map([Ladder("a", 3, "343"), Ladder("b", 2, "343")], new MapEdge("a-1", "b-2", MapEdgeKind.DeclaredMove));
        var svg = Parse(CareerMapSvg.Render(input, ""));
        var legend = WithClass(svg, "career-map-legend").Single();
        var texts = legend.Elements(Svg + "text").Select(t => t.Value).ToList();

        Assert.Equal(["Promotion to the next level", "Declared move to another class", "Series on a shared promotional line"], texts);
        Assert.Single(WithClass(legend, "career-map-promotion"));
        Assert.Single(WithClass(legend, "career-map-move"));
        Assert.Single(WithClass(legend, "career-map-shared-line"));
    }

    [Fact]
    public void The_legend_leaves_out_marks_the_map_does_not_show()
    {
        var svg = Parse(CareerMapSvg.Render(Map([Ladder("a", 3)]), ""));
        var texts = WithClass(svg, "career-map-legend").Single().Elements(Svg + "text").Select(t => t.Value);

        Assert.Equal(["Promotion to the next level"], texts);
    }
}
