using System.Text;
using Rungs.Content;
using static Rungs.Rendering.CareerMap.SvgFormat;

namespace Rungs.Rendering.CareerMap;

/// <summary>Draws the career map as a static, link-rich inline SVG: one ladder per series, arrows for promotions and declared moves.</summary>
public static class CareerMapSvg
{
    // Colours from the default theme's palette. Presentation attributes only (never style): the site's
    // Content-Security-Policy forbids inline styles, and theme CSS can still override every one of them.
    private const string Ink = "#1b1f24";        // 16:1 on the white boxes
    private const string Muted = "#4d5661";      // 7.4:1 on white
    private const string Paper = "#ffffff";
    private const string LaneFill = "#f3f6f9";
    private const string LaneStroke = "#d5dae0";
    private const string HeaderFill = "#e3ebf4";
    private const string HeaderInk = "#073f78";  // 9.6:1 on the header fill
    private const string Brand = "#0b5cad";
    private const string MoveInk = "#a14a00";    // 5.6:1 on white: the move arrows read as clearly as text
    private const string LineInk = "#0f6b63";    // 6.3:1 on white
    private const string FontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif";
    private const string CodeFamily = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

    /// <summary>
    /// The map as an inline &lt;svg&gt; element (no XML declaration) whose links start with <paramref name="root"/>
    /// (e.g. "../" or "" — the relative path back to the site root; links are root + Url).
    /// <paramref name="idPrefix"/> keeps element ids unique when the map is embedded twice or next to other content (e.g. "map-").
    /// </summary>
    public static string Render(CareerMapInput input, string root, string idPrefix = "career-map-") => Draw(input, root, idPrefix).ToString();

    /// <summary>The map as <see cref="Render"/> draws it, left in its builder for a page to copy straight into its output.</summary>
    internal static StringBuilder Draw(CareerMapInput input, string root, string idPrefix = "career-map-")
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(idPrefix);
        if (!IsIdPrefix(idPrefix))
        {
            throw new ArgumentException("The id prefix must start with a letter and hold only letters, digits, '-' and '_'.", nameof(idPrefix));
        }

        var scene = MapLayout.Build(input);
        var ids = new Ids(idPrefix);
        var svg = new StringBuilder(4096 + scene.ClassCount * 700);

        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"career-map\"")
            .Append(" viewBox=\"0 0 ").Append(Num(scene.Width)).Append(' ').Append(Num(scene.Height)).Append('"')
            .Append(" width=\"").Append(Num(scene.Width)).Append("\" height=\"").Append(Num(scene.Height)).Append('"')
            // Not role="img": that would hide the links inside from assistive technology.
            .Append(" role=\"group\" aria-labelledby=\"").Append(ids.Title).Append("\" aria-describedby=\"").Append(ids.Desc).Append('"')
            .Append(" font-family=\"").Append(FontFamily).Append("\">\n");
        svg.Append("<title id=\"").Append(ids.Title).Append("\">Career map</title>\n");
        svg.Append("<desc id=\"").Append(ids.Desc).Append("\">").Append(Escape(Summary(scene))).Append("</desc>\n");
        WriteDefs(svg, ids);
        svg.Append("<rect class=\"career-map-background\" width=\"").Append(Num(scene.Width)).Append("\" height=\"")
            .Append(Num(scene.Height)).Append("\" fill=\"").Append(Paper).Append("\"/>\n");

        WriteLegend(svg, scene, ids);
        if (scene.Ladders.Count == 0)
        {
            svg.Append("<text class=\"career-map-empty\" x=\"").Append(Num(MapLayout.Margin)).Append("\" y=\"")
                .Append(Num(scene.Height - MapLayout.Margin - 8)).Append("\" font-size=\"14\" fill=\"").Append(Muted)
                .Append("\">No class series to show yet.</text>\n");
        }

        WriteLanes(svg, scene);
        WriteGradeScale(svg, scene);
        WriteEdges(svg, scene, ids);
        WriteBrackets(svg, scene);
        // Each ladder draws its own rungs: grouped once here, in edge order, rather than searched for per ladder.
        var rungs = scene.Edges.Where(e => e.Shape == EdgeShape.Rung).ToLookup(e => e.From.Ladder);
        foreach (var ladder in scene.Ladders) WriteLadder(svg, ladder, rungs[ladder], scene, root, ids);
        svg.Append("</svg>");
        return svg;
    }

    private static bool IsIdPrefix(string prefix) =>
        prefix.Length == 0 || (char.IsAsciiLetter(prefix[0]) && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));

    /// <summary>The ids the map defines, all carrying the caller's prefix.</summary>
    private sealed record Ids(string Prefix)
    {
        public string Title => Prefix + "title";
        public string Desc => Prefix + "desc";
        public string Promotion => Prefix + "arrow-promotion";
        public string Move => Prefix + "arrow-move";
    }

    private static string Summary(MapScene scene)
    {
        var series = scene.Ladders.Count;
        var text = new StringBuilder()
            .Append(Int(series)).Append(" series, ")
            .Append(FactFormat.Count(scene.ClassCount, "class", "classes"));
        var promotions = scene.Edges.Count(e => e.Kind == MapEdgeKind.Promotion);
        var moves = scene.Edges.Count(e => e.Kind == MapEdgeKind.DeclaredMove);
        var lines = scene.Brackets.Select(b => b.Line).Distinct(StringComparer.Ordinal).ToList();
        if (promotions > 0) text.Append("; solid arrows show promotion to the next level within a series");
        if (moves > 0) text.Append("; dashed arrows show ").Append(FactFormat.Count(moves, "declared move", "declared moves")).Append(" between classes");
        if (lines.Count > 0)
        {
            text.Append("; brackets join series that share ")
                .Append(lines.Count == 1 ? "promotional line " : "promotional lines ")
                .Append(string.Join(", ", lines));
        }

        text.Append(". Each box links to its class page and each series title to its series page.");
        return text.ToString();
    }

    private static void WriteDefs(StringBuilder svg, Ids ids)
    {
        svg.Append("<defs>\n");
        foreach (var (id, colour) in new[] { (ids.Promotion, Brand), (ids.Move, MoveInk) })
        {
            // userSpaceOnUse: the head keeps its size whatever the line width the theme picks.
            svg.Append("<marker id=\"").Append(id).Append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                .Append(" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .Append("<path d=\"M0 0L10 5L0 10z\" fill=\"").Append(colour).Append("\"/></marker>\n");
        }

        svg.Append("</defs>\n");
    }

    private static void WriteLegend(StringBuilder svg, MapScene scene, Ids ids)
    {
        if (scene.Legend.Count == 0) return;
        svg.Append("<g class=\"career-map-legend\" font-size=\"").Append(Num(MapLayout.LegendSize)).Append("\" fill=\"").Append(Muted).Append("\">\n");
        foreach (var item in scene.Legend)
        {
            var (x, y) = (item.X, item.Y);
            var sampleEnd = x + MapLayout.LegendSample;
            switch (item.Kind)
            {
                case LegendKind.Promotion:
                    svg.Append("<path d=\"M").Append(Num(x)).Append(' ').Append(Num(y)).Append('H').Append(Num(sampleEnd))
                        .Append('"').Append(PromotionStroke(ids)).Append("/>\n");
                    break;
                case LegendKind.DeclaredMove:
                    svg.Append("<path d=\"M").Append(Num(x)).Append(' ').Append(Num(y)).Append('H').Append(Num(sampleEnd))
                        .Append('"').Append(MoveStroke(ids, MapEdgeKind.DeclaredMove)).Append("/>\n");
                    break;
                case LegendKind.SharedLine:
                    svg.Append("<path d=\"M").Append(Num(x + 2)).Append(' ').Append(Num(y - 5)).Append('V').Append(Num(y + 3))
                        .Append('H').Append(Num(sampleEnd - 2)).Append('V').Append(Num(y - 5)).Append('"').Append(BracketStroke()).Append("/>\n");
                    break;
            }

            svg.Append("<text x=\"").Append(Num(sampleEnd + 8)).Append("\" y=\"").Append(Num(y + MapLayout.LegendSize * 0.35)).Append("\">")
                .Append(Escape(item.Text)).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static string PromotionStroke(Ids ids) =>
        $" class=\"career-map-promotion\" fill=\"none\" stroke=\"{Brand}\" stroke-width=\"1.8\" marker-end=\"url(#{ids.Promotion})\"";

    // A Promotion edge that is not a plain step up its ladder keeps the promotion colour but takes a route.
    private static string MoveStroke(Ids ids, MapEdgeKind kind) => kind == MapEdgeKind.DeclaredMove
        ? $" class=\"career-map-move\" fill=\"none\" stroke=\"{MoveInk}\" stroke-width=\"1.8\" stroke-dasharray=\"6 4\" marker-end=\"url(#{ids.Move})\""
        : PromotionStroke(ids);

    private static string BracketStroke() =>
        $" class=\"career-map-shared-line\" fill=\"none\" stroke=\"{LineInk}\" stroke-width=\"1.8\" stroke-linejoin=\"round\"";

    private static void WriteLanes(StringBuilder svg, MapScene scene)
    {
        if (scene.Ladders.Count == 0) return;
        svg.Append("<g class=\"career-map-lanes\" fill=\"").Append(LaneFill).Append("\" stroke=\"").Append(LaneStroke).Append("\">\n");
        foreach (var ladder in scene.Ladders)
        {
            var row = scene.Rows[ladder.Row];
            svg.Append("<rect class=\"career-map-lane\" x=\"").Append(Num(ladder.X)).Append("\" y=\"").Append(Num(row.Top))
                .Append("\" width=\"").Append(Num(MapLayout.LaneWidth)).Append("\" height=\"").Append(Num(row.LaneBottom - row.Top))
                .Append("\" rx=\"10\"/>\n");
        }

        svg.Append("</g>\n");
    }

    // One label per rung of each graded row, level with the boxes of that grade.
    private static void WriteGradeScale(StringBuilder svg, MapScene scene)
    {
        if (scene.Rows.All(r => r.Grades.Count == 0)) return;
        svg.Append("<g class=\"career-map-grades\" font-size=\"").Append(Num(MapLayout.ScaleSize)).Append("\" fill=\"").Append(Muted)
            .Append("\" text-anchor=\"end\">\n");
        foreach (var row in scene.Rows)
        {
            var areaBottom = row.LaneBottom - MapLayout.AreaPad;
            for (var rung = 0; rung < row.Grades.Count; rung++)
            {
                var middle = areaBottom - (rung + 1) * row.BoxHeight - rung * MapLayout.RungGap + row.BoxHeight / 2;
                var label = MapText.Fit(MapLayout.ScaleLabel(row.Grades[rung]), MapLayout.ScaleSize, MapLayout.ScaleMaxWidth);
                svg.Append("<text x=\"").Append(Num(scene.GradeScaleRight)).Append("\" y=\"").Append(Num(middle + MapLayout.ScaleSize * 0.35))
                    .Append("\">").Append(Escape(label)).Append("</text>\n");
            }
        }

        svg.Append("</g>\n");
    }

    private static void WriteEdges(StringBuilder svg, MapScene scene, Ids ids)
    {
        var routed = scene.Edges.Where(e => e.Shape != EdgeShape.Rung).ToList();
        if (routed.Count == 0) return;
        svg.Append("<g class=\"career-map-edges\">\n");
        foreach (var edge in routed)
        {
            // A white casing under each arrow keeps crossings readable.
            svg.Append("<path d=\"").Append(edge.Path).Append("\" fill=\"none\" stroke=\"").Append(Paper)
                .Append("\" stroke-width=\"5\" stroke-opacity=\"0.85\" class=\"career-map-casing\"/>\n");
            svg.Append("<path d=\"").Append(edge.Path).Append('"').Append(MoveStroke(ids, edge.Kind)).Append("/>\n");
        }

        svg.Append("</g>\n");
    }

    private static void WriteBrackets(StringBuilder svg, MapScene scene)
    {
        if (scene.Brackets.Count == 0) return;
        svg.Append("<g class=\"career-map-shared-lines\">\n");
        // A label is tested against the routes that pass its row's label band: those are found once per row (by the
        // routes' bounding boxes), not among all the map's routes for every label. A route without corners crosses nothing.
        var routes = scene.Edges.Where(e => e.Corners.Count > 1).Select(e => (Corners: e.Corners.ToArray(), Box: Bounds(e.Corners))).ToList();
        var routesByRow = new Dictionary<MapRow, List<((double X, double Y)[] Corners, double Left, double Right)>>();
        foreach (var bracket in scene.Brackets)
        {
            var top = bracket.Row.LaneBottom + 4;
            var bar = bracket.Row.LaneBottom + 12;
            var first = bracket.Ladders[0];
            var last = bracket.Ladders[^1];
            var path = new StringBuilder();
            path.Append('M').Append(Num(first.CenterX)).Append(' ').Append(Num(top)).Append('V').Append(Num(bar))
                .Append('H').Append(Num(last.CenterX)).Append('V').Append(Num(top));
            foreach (var middle in bracket.Ladders.Skip(1).SkipLast(1))
            {
                path.Append('M').Append(Num(middle.CenterX)).Append(' ').Append(Num(top)).Append('V').Append(Num(bar));
            }

            svg.Append("<path d=\"").Append(path).Append('"').Append(BracketStroke()).Append("/>\n");

            var label = "Promotional line " + bracket.Line + (bracket.Continued ? " (continued)" : "");
            var shown = MapText.Fit(label, MapLayout.LabelSize, MapLayout.LaneWidth - 8, bold: true);
            var baseline = bar + 16;
            var half = MapText.Width(shown, MapLayout.LabelSize, bold: true) / 2 + 4;
            var (labelTop, labelBottom) = (baseline - MapLayout.LabelSize, baseline + 4);

            // Centred under the bracket unless an arrow runs down the gutter there; then under the first ladder,
            // whose column no arrow ever runs through.
            var centre = (first.CenterX + last.CenterX) / 2;
            var (left, right) = (centre - half, centre + half);
            if (!routesByRow.TryGetValue(bracket.Row, out var band))
            {
                band = routes.Where(r => r.Box.Top <= labelBottom && labelTop <= r.Box.Bottom)
                    .Select(r => (r.Corners, r.Box.Left, r.Box.Right)).ToList();
                routesByRow.Add(bracket.Row, band);
            }

            var crossed = false;
            foreach (var (corners, boxLeft, boxRight) in band)
            {
                if (boxLeft <= right && left <= boxRight && Crosses(corners, left, right, labelTop, labelBottom))
                {
                    crossed = true;
                    break;
                }
            }

            var labelX = crossed ? first.CenterX : centre;
            svg.Append("<text class=\"career-map-shared-line-label\" x=\"").Append(Num(labelX)).Append("\" y=\"")
                .Append(Num(baseline)).Append("\" text-anchor=\"middle\" font-size=\"").Append(Num(MapLayout.LabelSize))
                .Append("\" font-weight=\"600\" fill=\"").Append(LineInk).Append("\">");
            if (shown != label) svg.Append("<title>").Append(Escape(label)).Append("</title>");
            svg.Append(Escape(shown)).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    // The smallest rectangle holding a route's corners (an empty route's holds nothing).
    private static (double Left, double Right, double Top, double Bottom) Bounds(IReadOnlyList<(double X, double Y)> corners)
    {
        var box = (Left: double.PositiveInfinity, Right: double.NegativeInfinity, Top: double.PositiveInfinity, Bottom: double.NegativeInfinity);
        foreach (var (x, y) in corners) box = (Math.Min(box.Left, x), Math.Max(box.Right, x), Math.Min(box.Top, y), Math.Max(box.Bottom, y));
        return box;
    }

    // Whether a route's vertical runs pass through the rectangle [left, right] × [top, bottom].
    private static bool Crosses((double X, double Y)[] corners, double left, double right, double top, double bottom)
    {
        for (var i = 1; i < corners.Length; i++)
        {
            var (a, b) = (corners[i - 1], corners[i]);
            var (x0, x1, y0, y1) = (Math.Min(a.X, b.X), Math.Max(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
            if (x0 <= right && left <= x1 && y0 <= bottom && top <= y1) return true;
        }

        return false;
    }

    private static void WriteLadder(StringBuilder svg, PlacedLadder ladder, IEnumerable<RoutedEdge> rungs, MapScene scene, string root, Ids ids)
    {
        var row = scene.Rows[ladder.Row];
        var seriesTitle = MapText.Clean(ladder.Source.Title);
        svg.Append("<g class=\"career-map-ladder\">\n");

        // The series title: a header band that is also the link's hit area.
        svg.Append("<a class=\"career-map-series\" href=\"").Append(Escape(root + ladder.Source.Url)).Append("\">")
            .Append("<title>").Append(Escape(seriesTitle)).Append(" (series, ")
            .Append(FactFormat.Count(ladder.Nodes.Count, "class", "classes")).Append(")</title>\n");
        var headerHeight = row.HeaderBottom - row.Top;
        const double r = 10;
        svg.Append("<path d=\"M").Append(Num(ladder.X)).Append(' ').Append(Num(row.HeaderBottom))
            .Append('V').Append(Num(row.Top + r)).Append('a').Append(Num(r)).Append(' ').Append(Num(r)).Append(" 0 0 1 ").Append(Num(r)).Append(' ').Append(Num(-r))
            .Append('h').Append(Num(MapLayout.LaneWidth - 2 * r)).Append('a').Append(Num(r)).Append(' ').Append(Num(r)).Append(" 0 0 1 ").Append(Num(r)).Append(' ').Append(Num(r))
            .Append('V').Append(Num(row.HeaderBottom)).Append("z\" fill=\"").Append(HeaderFill).Append("\"/>\n");
        var headerTextTop = row.Top + (headerHeight - ladder.TitleLines.Count * MapLayout.HeaderLine) / 2;
        WriteLines(svg, ladder.TitleLines, ladder.CenterX, headerTextTop, MapLayout.HeaderLine, MapLayout.HeaderSize,
            $" class=\"career-map-series-title\" font-size=\"{Num(MapLayout.HeaderSize)}\" font-weight=\"700\" fill=\"{HeaderInk}\"");
        svg.Append("</a>\n");

        foreach (var edge in rungs)
        {
            svg.Append("<path d=\"").Append(edge.Path).Append('"').Append(PromotionStroke(ids)).Append("/>\n");
        }

        foreach (var node in ladder.Nodes)
        {
            var source = node.Source;
            var label = new StringBuilder(MapText.Clean(source.Title));
            if (!string.IsNullOrWhiteSpace(source.Code)) label.Append(", code ").Append(MapText.Clean(source.Code));
            label.Append(", level ").Append(Int(source.Level)).Append(" of ").Append(seriesTitle);

            svg.Append("<a class=\"career-map-node\" href=\"").Append(Escape(root + source.Url)).Append("\">")
                .Append("<title>").Append(Escape(label.ToString())).Append("</title>\n");
            svg.Append("<rect class=\"career-map-box\" x=\"").Append(Num(node.X)).Append("\" y=\"").Append(Num(node.Y))
                .Append("\" width=\"").Append(Num(MapLayout.BoxWidth)).Append("\" height=\"").Append(Num(node.Height))
                .Append("\" rx=\"6\" fill=\"").Append(Paper).Append("\" stroke=\"").Append(Brand).Append("\" stroke-width=\"1.5\"/>\n");

            var blockHeight = Math.Max(1, node.TitleLines.Count) * MapLayout.TitleLine + (node.CodeLine is null ? 0 : MapLayout.CodeLine);
            var textTop = node.Y + (node.Height - blockHeight) / 2;
            WriteLines(svg, node.TitleLines, node.CenterX, textTop, MapLayout.TitleLine, MapLayout.TitleSize,
                $" class=\"career-map-title\" font-size=\"{Num(MapLayout.TitleSize)}\" fill=\"{Ink}\"");
            if (node.CodeLine is not null)
            {
                var codeTop = textTop + Math.Max(1, node.TitleLines.Count) * MapLayout.TitleLine;
                WriteLines(svg, [node.CodeLine], node.CenterX, codeTop, MapLayout.CodeLine, MapLayout.CodeSize,
                    $" class=\"career-map-code\" font-size=\"{Num(MapLayout.CodeSize)}\" font-family=\"{CodeFamily}\" fill=\"{Muted}\"");
            }

            svg.Append("</a>\n");
        }

        svg.Append("</g>\n");
    }

    // Lines centred on x, the first line box starting at top; the baseline sits 0.35em below each line's middle.
    private static void WriteLines(StringBuilder svg, IReadOnlyList<string> lines, double x, double top, double lineHeight, double fontSize, string attributes)
    {
        if (lines.Count == 0) return;
        svg.Append("<text").Append(attributes).Append(" text-anchor=\"middle\">");
        for (var i = 0; i < lines.Count; i++)
        {
            var baseline = top + i * lineHeight + lineHeight / 2 + fontSize * 0.35;
            svg.Append("<tspan x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(baseline)).Append("\">").Append(Escape(lines[i])).Append("</tspan>");
        }

        svg.Append("</text>\n");
    }
}
