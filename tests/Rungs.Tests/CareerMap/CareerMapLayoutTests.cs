using Rungs.Rendering.CareerMap;
using static Rungs.Tests.CareerMap.MapSamples;

namespace Rungs.Tests.CareerMap;

/// <summary>
/// Each series is a vertical ladder with its entry level at the bottom. Ladders stand side by side, at most six
/// to a row, and wrap into more rows; the viewBox fits the content, so the map is small for one series and
/// grows downwards, never wider than six columns, for fifty.
/// </summary>
public class CareerMapLayoutTests
{
    [Fact]
    public void A_ladder_with_one_class_is_one_box_with_no_arrow()
    {
        var svg = Parse(CareerMapSvg.Render(Map([Ladder("solo", 1)]), ""));

        Assert.Single(Boxes(svg));
        Assert.Single(Lanes(svg));
        Assert.DoesNotContain(svg.Descendants(Svg + "path"), p => p.Attribute("marker-end") is not null && !IsLegend(p));
        var (width, height) = ViewBox(svg);
        Assert.InRange(width, 200, 320);
        Assert.InRange(height, 100, 260);
    }

    [Fact]
    public void Levels_go_up_the_ladder_from_the_entry_level_at_the_bottom()
    {
        var svg = Parse(CareerMapSvg.Render(Map([Ladder("cs", 3)]), ""));
        var boxes = Boxes(svg);

        Assert.Equal(3, boxes.Count);
        Assert.True(boxes[0].Y > boxes[1].Y && boxes[1].Y > boxes[2].Y, "level 1 is lowest, level 3 highest");
        Assert.Single(boxes.Select(b => b.X).Distinct());
    }

    [Fact]
    public void Classes_are_placed_by_level_even_when_given_out_of_order()
    {
        var ladder = new MapLadder("x", "X", "series/x/index.html", null,
        [
            new MapNode("x-3", "Third", null, 3, "series/x/x-3/index.html"),
            new MapNode("x-1", "First", null, 1, "series/x/x-1/index.html"),
        ]);
        var svg = Parse(CareerMapSvg.Render(new CareerMapInput([ladder], []), ""));
        var nodes = WithClass(svg, "career-map-node").ToList();

        Assert.Equal("series/x/x-1/index.html", nodes[0].Attribute("href")!.Value);
        Assert.True(Boxes(svg)[0].Y > Boxes(svg)[1].Y);
    }

    [Fact]
    public void Six_ladders_stand_in_one_row()
    {
        var lanes = Lanes(Parse(CareerMapSvg.Render(Map(ManyLadders(6)), "")));

        Assert.Equal(6, lanes.Count);
        Assert.Single(lanes.Select(l => l.Y).Distinct());
        Assert.Equal(6, lanes.Select(l => l.X).Distinct().Count());
    }

    [Fact]
    public void A_seventh_ladder_wraps_to_a_second_row_under_the_first_column()
    {
        var six = Parse(CareerMapSvg.Render(Map(ManyLadders(6)), ""));
        var seven = Parse(CareerMapSvg.Render(Map(ManyLadders(7)), ""));
        var lanes = Lanes(seven);

        Assert.Equal(ViewBox(six).Width, ViewBox(seven).Width);
        Assert.True(ViewBox(seven).Height > ViewBox(six).Height * 1.5);
        Assert.Equal(lanes[0].X, lanes[6].X);
        Assert.True(lanes[6].Y > lanes[0].Y);
        Assert.Equal(2, lanes.Select(l => l.Y).Distinct().Count());
    }

    [Fact]
    public void Fifty_ladders_stay_six_columns_wide_and_grow_downwards()
    {
        var six = Parse(CareerMapSvg.Render(Map(ManyLadders(6)), ""));
        var fifty = Parse(CareerMapSvg.Render(Map(ManyLadders(50)), ""));
        var lanes = Lanes(fifty);

        Assert.Equal(50, lanes.Count);
        Assert.Equal(6, lanes.Select(l => l.X).Distinct().Count());
        Assert.Equal(9, lanes.Select(l => l.Y).Distinct().Count());
        Assert.Equal(ViewBox(six).Width, ViewBox(fifty).Width);
        Assert.InRange(ViewBox(fifty).Width, 1200, 1600);
    }

    [Fact]
    public void The_svg_has_a_natural_size_equal_to_its_viewBox_so_css_can_scale_it_down()
    {
        var svg = Parse(CareerMapSvg.Render(Map(ManyLadders(3)), ""));
        var (width, height) = ViewBox(svg);

        Assert.Equal(width, Number(svg.Attribute("width")!.Value));
        Assert.Equal(height, Number(svg.Attribute("height")!.Value));
        Assert.Equal("career-map", svg.Attribute("class")!.Value);
    }

    [Fact]
    public void Every_box_lies_inside_the_viewBox_and_no_two_boxes_overlap()
    {
        var svg = Parse(CareerMapSvg.Render(Map(ManyLadders(20, i => 1 + (i * 7 % 6))), ""));
        var (width, height) = ViewBox(svg);
        var boxes = Boxes(svg);

        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.X + b.Width <= width && b.Y + b.Height <= height));
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                Assert.False(a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height, $"boxes {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void An_empty_map_is_still_a_small_valid_svg()
    {
        var svg = Parse(CareerMapSvg.Render(new CareerMapInput([], []), ""));

        Assert.Empty(Boxes(svg));
        Assert.Contains("0 series, 0 classes", svg.Element(Svg + "desc")!.Value);
        Assert.InRange(ViewBox(svg).Height, 1, 120);
    }

    private static bool IsLegend(System.Xml.Linq.XElement element) =>
        element.Ancestors().Any(a => HasClass(a, "career-map-legend"));
}
