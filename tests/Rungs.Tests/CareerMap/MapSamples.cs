using System.Globalization;
using System.Xml.Linq;
using Rungs.Rendering.CareerMap;

namespace Rungs.Tests.CareerMap;

/// <summary>Small career maps to render, and just enough SVG reading to check what was drawn.</summary>
internal static class MapSamples
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>A ladder "id" with classes "id-1" … "id-n" on levels 1 … n, each with code "C1" … "Cn".</summary>
    public static MapLadder Ladder(string id, int classes, string? line = null, string? title = null) =>
        new(id, title ?? $"{id} series", $"series/{id}/index.html", line,
            Enumerable.Range(1, classes)
                .Select(level => new MapNode($"{id}-{level}", $"{id} level {level}", $"C{level}", level, $"series/{id}/{id}-{level}/index.html"))
                .ToList());

    /// <summary>The ladders with a promotion arrow from each level to the next, plus any extra edges.</summary>
    public static CareerMapInput Map(IEnumerable<MapLadder> ladders, params MapEdge[] extra)
    {
        var list = ladders.ToList();
        var edges = list
            .SelectMany(l => l.Nodes.Zip(l.Nodes.Skip(1), (low, high) => new MapEdge(low.Id, high.Id, MapEdgeKind.Promotion)))
            .Concat(extra)
            .ToList();
        return new CareerMapInput(list, edges);
    }

    /// <summary>Ladders "s01" … "sNN" with 2–6 classes each, cycling.</summary>
    public static IEnumerable<MapLadder> ManyLadders(int count, Func<int, int>? classes = null) =>
        Enumerable.Range(1, count).Select(i => Ladder($"s{i:00}", classes?.Invoke(i) ?? 2 + (i % 5)));

    public static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    public static (double Width, double Height) ViewBox(XElement svg)
    {
        var parts = svg.Attribute("viewBox")!.Value.Split(' ').Select(Number).ToArray();
        Assert.Equal(0, parts[0]);
        Assert.Equal(0, parts[1]);
        return (parts[2], parts[3]);
    }

    /// <summary>The top-left corner of every ladder's lane, in drawing order.</summary>
    public static List<(double X, double Y)> Lanes(XElement svg) =>
        svg.Descendants(Svg + "rect").Where(r => HasClass(r, "career-map-lane"))
            .Select(r => (Number(r.Attribute("x")!.Value), Number(r.Attribute("y")!.Value)))
            .ToList();

    /// <summary>Every class box as a rectangle.</summary>
    public static List<(double X, double Y, double Width, double Height)> Boxes(XElement svg) =>
        svg.Descendants(Svg + "rect").Where(r => HasClass(r, "career-map-box"))
            .Select(r => (Number(r.Attribute("x")!.Value), Number(r.Attribute("y")!.Value), Number(r.Attribute("width")!.Value), Number(r.Attribute("height")!.Value)))
            .ToList();

    public static IEnumerable<XElement> WithClass(XElement svg, string name) => svg.Descendants().Where(e => HasClass(e, name));

    public static bool HasClass(XElement element, string name) =>
        (element.Attribute("class")?.Value ?? "").Split(' ').Contains(name);

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The coordinate pairs of SVG path data made only of absolute M, L, H, V and C commands.</summary>
    public static List<(double X, double Y)> PathPoints(string d)
    {
        var points = new List<(double X, double Y)>();
        var tokens = System.Text.RegularExpressions.Regex.Matches(d, @"[MLHVC]|-?\d+(?:\.\d+)?").Select(m => m.Value).ToList();
        var (x, y) = (0.0, 0.0);
        var command = 'M';
        for (var i = 0; i < tokens.Count;)
        {
            if (char.IsLetter(tokens[i][0])) command = tokens[i++][0];
            switch (command)
            {
                case 'H': x = Number(tokens[i++]); break;
                case 'V': y = Number(tokens[i++]); break;
                default: x = Number(tokens[i++]); y = Number(tokens[i++]); break;
            }

            points.Add((x, y));
        }

        return points;
    }
}
