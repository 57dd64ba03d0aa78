using Rungs.Rendering.CareerMap;
using static Rungs.Tests.CareerMap.MapSamples;

namespace Rungs.Tests.CareerMap;

/// <summary>
/// Every class on the career map is a link to its class page and every ladder title a link to its series page;
/// links start with the relative path back to the site root, and each carries a title naming it in full.
/// </summary>
public class CareerMapLinkTests
{
    private static readonly CareerMapInput ThreeLadders = Map([Ladder("cs", 3, "343"), Ladder("csr", 4, "343"), Ladder("css", 2)]);

    [Fact]
    public void Every_class_becomes_a_link_to_its_class_page_prefixed_with_the_root()
    {
        var svg = Parse(CareerMapSvg.Render(ThreeLadders, "../../"));
        var links = WithClass(svg, "career-map-node").ToList();

        var expected = ThreeLadders.Ladders.SelectMany(l => l.Nodes).Select(n => "../../" + n.Url).ToList();
        Assert.Equal(expected.Order(), links.Select(a => a.Attribute("href")!.Value).Order());
        Assert.All(links, a => Assert.Equal(Svg + "a", a.Name));
    }

    [Fact]
    public void Links_use_the_SVG_2_href_and_never_xlink()
    {
        var text = CareerMapSvg.Render(ThreeLadders, "");

        Assert.DoesNotContain("xlink", text);
        Assert.Contains("""<a class="career-map-node" href="series/cs/cs-1/index.html">""", text);
    }

    [Fact]
    public void Each_class_link_has_a_title_with_the_full_class_title_code_level_and_series()
    {
        var svg = Parse(CareerMapSvg.Render(ThreeLadders, ""));
        var link = WithClass(svg, "career-map-node").Single(a => a.Attribute("href")!.Value == "series/csr/csr-2/index.html");

        Assert.Equal(Svg + "title", link.Elements().First().Name);
        Assert.Equal("csr level 2, code C2, level 2 of csr series", link.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void A_class_without_a_code_shows_no_code_line_and_its_title_says_none()
    {
        var ladder = new MapLadder("x", "X Series", "series/x/index.html", null,
            [new MapNode("x-1", "Clerk", null, 1, "series/x/x-1/index.html")]);
        var svg = Parse(CareerMapSvg.Render(new CareerMapInput([ladder], []), ""));

        Assert.Empty(WithClass(svg, "career-map-code"));
        Assert.Equal("Clerk, level 1 of X Series", WithClass(svg, "career-map-node").Single().Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Codes_are_shown_small_under_the_title()
    {
        var svg = Parse(CareerMapSvg.Render(Map([Ladder("cs", 1)]), ""));
        var node = WithClass(svg, "career-map-node").Single();
        var title = WithClass(node, "career-map-title").Single();
        var code = WithClass(node, "career-map-code").Single();

        Assert.Equal("C1", code.Value);
        Assert.True(Number(code.Attribute("font-size")!.Value) < Number(title.Attribute("font-size")!.Value));
        Assert.True(Number(code.Element(Svg + "tspan")!.Attribute("y")!.Value) > Number(title.Elements(Svg + "tspan").Last().Attribute("y")!.Value));
    }

    [Fact]
    public void Each_ladder_title_links_to_its_series_page_with_a_title()
    {
        var svg = Parse(CareerMapSvg.Render(ThreeLadders, "../"));
        var series = WithClass(svg, "career-map-series").ToList();

        Assert.Equal(["../series/cs/index.html", "../series/csr/index.html", "../series/css/index.html"], series.Select(a => a.Attribute("href")!.Value));
        Assert.Equal("csr series (series, 4 classes)", series[1].Element(Svg + "title")!.Value);
        Assert.Equal("csr series", string.Concat(WithClass(series[1], "career-map-series-title").Single().Elements().Select(t => t.Value)));
    }

    [Fact]
    public void A_long_title_wraps_to_at_most_three_lines_ends_with_an_ellipsis_and_stays_whole_in_the_link_title()
    {
        const string longTitle = "Customer Service Representative Lead Worker, Trainer and Quality Assurance Coordinator for Regional Offices";
        var ladder = new MapLadder("x", "X", "series/x/index.html", null, [new MapNode("x-1", longTitle, "1", 1, "series/x/x-1/index.html")]);
        var svg = Parse(CareerMapSvg.Render(new CareerMapInput([ladder], []), ""));
        var node = WithClass(svg, "career-map-node").Single();
        var lines = WithClass(node, "career-map-title").Single().Elements(Svg + "tspan").Select(t => t.Value).ToList();

        Assert.Equal(3, lines.Count);
        Assert.EndsWith("…", lines[^1]);
        Assert.StartsWith(longTitle, node.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void A_title_of_two_or_three_lines_is_wrapped_without_losing_a_word()
    {
        const string title = "Information Technology Specialist Supervisor";
        var ladder = new MapLadder("x", "X", "series/x/index.html", null, [new MapNode("x-1", title, null, 1, "series/x/x-1/index.html")]);
        var svg = Parse(CareerMapSvg.Render(new CareerMapInput([ladder], []), ""));
        var lines = WithClass(svg, "career-map-title").Single().Elements(Svg + "tspan").Select(t => t.Value).ToList();

        Assert.InRange(lines.Count, 2, 3);
        Assert.Equal(title, string.Join(" ", lines));
    }
}
