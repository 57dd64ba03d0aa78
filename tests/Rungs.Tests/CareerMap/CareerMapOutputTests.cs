using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Rungs.Rendering.CareerMap;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;
using static Rungs.Tests.CareerMap.MapSamples;

namespace Rungs.Tests.CareerMap;

/// <summary>
/// The map is inline SVG that parses as XML, holds no inline style (the site's Content-Security-Policy forbids
/// it), escapes every text, is labelled for assistive technology, has text that contrasts with what is behind
/// it, and is byte-identical in any process and culture.
/// </summary>
public class CareerMapOutputTests
{
    private static readonly CareerMapInput Sample = Map(
        [Ladder("cs", 3, "343"), Ladder("csr", 4, "343"), Ladder("css", 2), .. ManyLadders(5)],
        new MapEdge("csr-3", "css-1", MapEdgeKind.DeclaredMove),
        new MapEdge("s05-2", "cs-1", MapEdgeKind.DeclaredMove));

    [Fact]
    public void The_output_is_a_bare_svg_element_that_parses_as_XML()
    {
        var text = CareerMapSvg.Render(Sample, "../");

        Assert.StartsWith("<svg ", text);
        Assert.EndsWith("</svg>", text);
        Assert.DoesNotContain("<?xml", text);
        Assert.Equal(Svg + "svg", Parse(text).Name);
    }

    [Fact]
    public void There_is_no_style_attribute_and_no_style_element()
    {
        var text = CareerMapSvg.Render(Sample, "");
        var svg = Parse(text);

        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), a => a.Name.LocalName == "style");
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "style");
        Assert.DoesNotContain("style=", text);
    }

    [Fact]
    public void Titles_codes_and_urls_are_escaped()
    {
        var ladder = new MapLadder("x", "Tom & Jerry's \"<Series>\"", "series/x/index.html?a=1&b=2", null,
            [new MapNode("x-1", "<script>&", "<b>", 1, "series/x/x-1/index.html")]);
        var text = CareerMapSvg.Render(new CareerMapInput([ladder], []), "");
        var svg = Parse(text);

        Assert.DoesNotContain("<script>", text);
        Assert.DoesNotContain("<b>", text);
        Assert.Contains("&lt;script&gt;&amp;", text);
        Assert.Contains("href=\"series/x/index.html?a=1&amp;b=2\"", text);
        Assert.Equal("<script>&", WithClass(svg, "career-map-title").Single().Value);
        Assert.StartsWith("<script>&, code <b>", WithClass(svg, "career-map-node").Single().Element(Svg + "title")!.Value);
        Assert.StartsWith("Tom & Jerry's \"<Series>\"", WithClass(svg, "career-map-series").Single().Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_never_reach_the_output()
    {
        var ladder = new MapLadder("x", "Bad\u0001 \uD800 title", "series/x/index.html", null,
            [new MapNode("x-1", "Tab\there\u0085", null, 1, "series/x/x-1/index.html")]);
        var text = CareerMapSvg.Render(new CareerMapInput([ladder], []), "");

        Assert.Equal(Svg + "svg", Parse(text).Name);
        Assert.DoesNotContain('\u0001', text);
        Assert.DoesNotContain('\uD800', text);
        Assert.DoesNotContain('\t', text);
    }

    /// <summary>Two renders in one process would agree even if the map depended on the culture; another process in another culture would not.</summary>
    [Theory]
    [InlineData("de_DE.UTF-8", "Pacific/Chatham")]
    [InlineData("ar_SA.UTF-8", "Asia/Kathmandu")]
    public void Rungs_in_another_process_and_culture_draws_the_same_bytes(string locale, string timeZone)
    {
        using var dir = new TempDirectory();
        var files = GeneratedCorpus.Files(60, seed: 5);
        foreach (var (path, text) in files) dir.WriteText("content/" + path, text);

        var run = RungsCli.ExecInCulture(dir.Path, locale, timeZone, "build", "--content", "content", "--output", "site");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var inProcess = GeneratedCorpus.Build(files).Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        foreach (var page in new[] { "career-map/index.html", "index.html" })
        {
            Assert.Contains("<svg ", Encoding.UTF8.GetString(inProcess[page]));
            Assert.True(File.ReadAllBytes(dir.Combine(["site", .. page.Split('/')])).AsSpan().SequenceEqual(inProcess[page]), $"{page} differs in {locale}");
        }
    }

    [Fact]
    public void Numbers_are_plain_decimals_with_a_point()
    {
        var text = CareerMapSvg.Render(Sample, "");
        var svg = Parse(text);
        var numeric = new[] { "x", "y", "width", "height", "rx", "font-size", "stroke-width" };

        foreach (var attribute in svg.Descendants().Attributes().Where(a => numeric.Contains(a.Name.LocalName)))
        {
            Assert.Matches(@"^-?\d+(\.\d)?$", attribute.Value);
        }

        Assert.Matches(@"^0 0 \d+(\.\d)? \d+(\.\d)?$", svg.Attribute("viewBox")!.Value);
        Assert.DoesNotMatch(@"\d,\d", string.Concat(svg.Descendants(Svg + "path").Select(p => p.Attribute("d")!.Value)));
    }

    [Fact]
    public void The_svg_is_a_labelled_group_not_an_image_so_its_links_stay_reachable()
    {
        var svg = Parse(CareerMapSvg.Render(Sample, "", "map-"));

        Assert.Equal("group", svg.Attribute("role")!.Value);
        Assert.Equal("map-title", svg.Attribute("aria-labelledby")!.Value);
        Assert.Equal("map-desc", svg.Attribute("aria-describedby")!.Value);
        Assert.Equal("Career map", svg.Elements(Svg + "title").Single(t => t.Attribute("id")?.Value == "map-title").Value);
        var desc = svg.Elements(Svg + "desc").Single(d => d.Attribute("id")?.Value == "map-desc").Value;
        Assert.StartsWith("8 series, 29 classes; solid arrows show promotion", desc);
        Assert.Contains("2 declared moves", desc);
        Assert.Contains("promotional line 343", desc);
    }

    [Fact]
    public void Every_id_carries_the_prefix_so_two_maps_can_share_a_page()
    {
        var first = Parse(CareerMapSvg.Render(Sample, "", "home-map-"));
        var second = Parse(CareerMapSvg.Render(Sample, "", "page-map-"));
        var firstIds = first.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        var secondIds = second.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();

        Assert.NotEmpty(firstIds);
        Assert.All(firstIds, id => Assert.StartsWith("home-map-", id));
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(firstIds.Count, firstIds.Distinct().Count());
        // Every url(#…) reference points at an id of the same map.
        foreach (Match reference in Regex.Matches(CareerMapSvg.Render(Sample, "", "home-map-"), @"url\(#([^)]+)\)"))
        {
            Assert.Contains(reference.Groups[1].Value, firstIds);
        }
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("1starts-with-digit")]
    [InlineData("quote\"")]
    public void An_id_prefix_that_would_break_ids_is_refused(string prefix)
    {
        Assert.Throws<ArgumentException>(() => CareerMapSvg.Render(Sample, "", prefix));
    }

    [Fact]
    public void A_class_id_used_twice_is_refused()
    {
        var input = new CareerMapInput([Ladder("a", 1), Ladder("a", 1)], []);

        Assert.Throws<ArgumentException>(() => CareerMapSvg.Render(input, ""));
    }

    [Fact]
    public void Text_contrasts_at_least_4_5_to_1_with_the_fill_behind_it()
    {
        var svg = Parse(CareerMapSvg.Render(Sample, ""));

        foreach (var node in WithClass(svg, "career-map-node"))
        {
            var box = node.Element(Svg + "rect")!.Attribute("fill")!.Value;
            foreach (var text in node.Elements(Svg + "text")) AssertContrast(text.Attribute("fill")!.Value, box);
        }

        foreach (var series in WithClass(svg, "career-map-series"))
        {
            var band = series.Element(Svg + "path")!.Attribute("fill")!.Value;
            AssertContrast(series.Element(Svg + "text")!.Attribute("fill")!.Value, band);
        }

        var background = WithClass(svg, "career-map-background").Single().Attribute("fill")!.Value;
        AssertContrast(WithClass(svg, "career-map-legend").Single().Attribute("fill")!.Value, background);
        foreach (var label in WithClass(svg, "career-map-shared-line-label")) AssertContrast(label.Attribute("fill")!.Value, background);
    }

    private static void AssertContrast(string foreground, string background)
    {
        var (lighter, darker) = (Luminance(foreground), Luminance(background));
        if (lighter < darker) (lighter, darker) = (darker, lighter);
        var ratio = (lighter + 0.05) / (darker + 0.05);
        Assert.True(ratio >= 4.5, $"{foreground} on {background} contrasts only {ratio:0.00}:1");
    }

    // WCAG 2 relative luminance of a #rrggbb colour.
    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
