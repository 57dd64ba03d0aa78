namespace Rungs.Rendering.CareerMap;

/// <summary>Places ladders, boxes, brackets, the legend and arrow routes; sizes the whole map to its content.</summary>
internal static class MapLayout
{
    // Sizes are SVG user units, i.e. CSS pixels when the map is shown at its natural size.
    public const int MaxColumns = 6;
    public const double Margin = 16;
    public const double BoxWidth = 180;
    public const double LanePadding = 10;
    public const double LaneWidth = BoxWidth + 2 * LanePadding;

    public const double TitleSize = 14;
    public const double TitleLine = 17;
    public const int MaxTitleLines = 3;
    public const double CodeSize = 12;
    public const double CodeLine = 15;
    public const double BoxPadX = 10;
    public const double BoxPadY = 9;
    public const double RungGap = 30;

    public const double HeaderSize = 14;
    public const double HeaderLine = 18;
    public const int MaxHeaderLines = 2;
    public const double HeaderPadX = 10;
    public const double HeaderPadTop = 10;
    public const double HeaderPadBottom = 8;
    public const double AreaPad = 14;

    public const double BracketBand = 40;
    public const double LabelSize = 12;

    // Gutters and the bands between rows carry the arrows between series; each arrow gets its own track so
    // parallel arrows never draw over one another, and gutters widen only when they need more tracks.
    public const double RowGap = 30;
    public const double GutterMin = 48;
    public const double ChannelClear = 16;
    public const double TrackGap = 8;

    public const double LegendSize = 12;
    public const double LegendLine = 22;
    public const double LegendSample = 34;
    public const double LegendGap = 24;

    public const double ScaleSize = 12;
    public const double ScaleGap = 6;
    public const double ScaleMaxWidth = 96;

    /// <summary>Room for the one-line note an empty map shows instead of ladders.</summary>
    public const double EmptyHeight = 40;

    public static double InnerBoxWidth => BoxWidth - 2 * BoxPadX;

    public static MapScene Build(CareerMapInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Ladders);

        var (ladders, nodes) = PlaceNodes(input.Ladders);
        var rows = PlaceRows(ladders);
        var scaleWidth = ScaleWidth(rows);
        var brackets = FindBrackets(rows);
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Ladders.Count);
        var edges = MapRouter.Plan(input.Edges ?? [], nodes, rows, columns, out var gutterTracks);

        // Widths: gutters are uniform so the columns line up from row to row.
        var gutter = GutterMin;
        for (var g = 1; g < columns; g++) gutter = Math.Max(gutter, ChannelWidth(gutterTracks[g]));
        var outerLeft = columns > 0 && gutterTracks[0] > 0 ? Math.Max(GutterMin, ChannelWidth(gutterTracks[0])) : Margin;
        var outerRight = columns > 0 && gutterTracks[columns] > 0 ? Math.Max(GutterMin, ChannelWidth(gutterTracks[columns])) : Margin;
        var gridWidth = outerLeft + columns * LaneWidth + Math.Max(0, columns - 1) * gutter + outerRight;

        var legendTexts = LegendTexts(edges, brackets);
        var widestItem = legendTexts.Count == 0 ? 0 : legendTexts.Max(t => LegendItemWidth(t.Text));
        var width = Math.Ceiling(Math.Max(Math.Max(scaleWidth + gridWidth, 2 * Margin + widestItem), columns == 0 ? 240 : 0));
        var gridX = (width - scaleWidth - gridWidth) / 2 + scaleWidth;

        var legend = PlaceLegend(legendTexts, width);
        var y = legend.Count == 0 ? Margin : legend.Max(i => i.Y) + LegendLine / 2 + LegendGap / 2;
        if (rows.Count == 0) y += EmptyHeight;

        foreach (var row in rows)
        {
            row.Top = y;
            row.HeaderBottom = y + HeaderPadTop + row.HeaderLines * HeaderLine + HeaderPadBottom;
            var areaTop = row.HeaderBottom + AreaPad;
            var areaBottom = areaTop + row.Rungs * row.BoxHeight + (row.Rungs - 1) * RungGap;
            row.LaneBottom = areaBottom + AreaPad;
            row.Bottom = row.LaneBottom + (row.HasBrackets ? BracketBand : 0);
            row.BandTop = row.Bottom;
            var needed = row.BandTracks == 0 ? 0 : ChannelWidth(row.BandTracks);
            row.BandHeight = row.Index == rows.Count - 1 ? Math.Max(needed, Margin) : Math.Max(needed, RowGap);
            y = row.BandTop + row.BandHeight;

            foreach (var ladder in row.Ladders)
            {
                ladder.X = gridX + outerLeft + ladder.Column * (LaneWidth + gutter);
                foreach (var node in ladder.Nodes)
                {
                    node.X = ladder.X + LanePadding;
                    node.Height = row.BoxHeight;
                    node.Y = areaBottom - (node.Rung + 1) * row.BoxHeight - node.Rung * RungGap;
                }
            }
        }

        var centers = new double[columns + 1];
        for (var g = 0; g <= columns; g++)
        {
            centers[g] = g == 0 ? gridX + outerLeft / 2
                : g == columns ? gridX + gridWidth - outerRight / 2
                : gridX + outerLeft + g * (LaneWidth + gutter) - gutter / 2;
        }

        MapRouter.Draw(edges, new ChannelGeometry(centers, gutterTracks, rows));
        // Ladders in reading order (row by row), so the keyboard and screen readers meet them as the eye does.
        var placed = rows.SelectMany(r => r.Ladders).ToList();
        return new MapScene(width, Math.Ceiling(y), rows, placed, edges, brackets, legend, nodes.Count) { GradeScaleRight = gridX - ScaleGap };
    }

    // The grade scale stands left of the grid, as wide as its longest label (capped), or takes no room at all.
    private static double ScaleWidth(List<MapRow> rows)
    {
        var labels = rows.SelectMany(r => r.Grades).ToList();
        if (labels.Count == 0) return 0;
        return Margin + Math.Min(ScaleMaxWidth, labels.Max(g => MapText.Width(ScaleLabel(g), ScaleSize))) + ScaleGap;
    }

    /// <summary>The words the grade scale shows for a grade.</summary>
    public static string ScaleLabel(string grade) => "Grade " + grade;

    /// <summary>The room a channel needs for <paramref name="tracks"/> parallel arrows, clear of the boxes on either side.</summary>
    public static double ChannelWidth(int tracks) => 2 * ChannelClear + Math.Max(0, tracks - 1) * TrackGap;

    private static (List<PlacedLadder> Ladders, Dictionary<string, PlacedNode> Nodes) PlaceNodes(IReadOnlyList<MapLadder> input)
    {
        var ladders = new List<PlacedLadder>();
        var nodes = new Dictionary<string, PlacedNode>(StringComparer.Ordinal);
        foreach (var source in input)
        {
            ArgumentNullException.ThrowIfNull(source);
            var ladder = new PlacedLadder(source)
            {
                TitleLines = MapText.Wrap(source.Title, HeaderSize, LaneWidth - 2 * HeaderPadX, MaxHeaderLines, bold: true),
            };

            // OrderBy is stable, so classes on the same level keep the order the caller gave.
            foreach (var node in (source.Nodes ?? []).OrderBy(n => n.Level))
            {
                var placed = new PlacedNode(node, ladder, Math.Max(0, source.FirstRung) + ladder.Nodes.Count)
                {
                    TitleLines = MapText.Wrap(node.Title, TitleSize, InnerBoxWidth, MaxTitleLines),
                    CodeLine = string.IsNullOrWhiteSpace(node.Code) ? null : MapText.Fit(node.Code, CodeSize, InnerBoxWidth, monospace: true),
                };
                if (!nodes.TryAdd(node.Id, placed))
                {
                    throw new ArgumentException($"Class id \"{node.Id}\" appears more than once on the career map.", nameof(input));
                }

                ladder.Nodes.Add(placed);
            }

            ladders.Add(ladder);
        }

        return (ladders, nodes);
    }

    private static string? LineKey(string? line)
    {
        var clean = MapText.Clean(line);
        return clean.Length == 0 ? null : clean;
    }

    // Ladders sharing a promotional line are kept together (where the first of them stands) and, when they
    // fit, in one row, so one bracket can join them; every other ladder keeps the caller's order.
    private static List<MapRow> PlaceRows(List<PlacedLadder> ladders)
    {
        var counts = ladders.Select(l => LineKey(l.Source.PromotionalLine)).OfType<string>()
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var ladder in ladders)
        {
            var key = LineKey(ladder.Source.PromotionalLine);
            ladder.SharedLine = key is not null && counts[key] > 1 ? key : null;
        }

        var units = new List<List<PlacedLadder>>();
        var lines = ladders.Where(l => l.SharedLine is not null).ToLookup(l => l.SharedLine!, StringComparer.Ordinal);
        var grouped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ladder in ladders)
        {
            if (ladder.SharedLine is null) units.Add([ladder]);
            else if (grouped.Add(ladder.SharedLine)) units.Add(lines[ladder.SharedLine].ToList());
        }

        var rows = new List<MapRow>();
        MapRow? row = null;
        foreach (var unit in units)
        {
            if (row is null || (row.Ladders.Count > 0 && row.Ladders.Count + unit.Count > MaxColumns && unit.Count <= MaxColumns))
            {
                row = new MapRow(rows.Count);
                rows.Add(row);
            }

            foreach (var ladder in unit)
            {
                if (row.Ladders.Count == MaxColumns)
                {
                    row = new MapRow(rows.Count);
                    rows.Add(row);
                }

                ladder.Row = row.Index;
                ladder.Column = row.Ladders.Count;
                row.Ladders.Add(ladder);
            }
        }

        var grades = GradeAxis.Order(ladders);
        foreach (var r in rows)
        {
            var gradeRungs = grades.Count > 0 ? GradeAxis.Apply(r, grades) : 0;
            r.Rungs = Math.Max(Math.Max(1, gradeRungs), r.Ladders.Max(l => l.Nodes.Count == 0 ? 0 : l.Nodes[^1].Rung + 1));
            r.HeaderLines = Math.Max(1, r.Ladders.Max(l => l.TitleLines.Count));
            r.BoxHeight = r.Ladders.SelectMany(l => l.Nodes).Select(BoxHeight).DefaultIfEmpty(BoxHeight(1, false)).Max();
        }

        return rows;
    }

    private static double BoxHeight(PlacedNode node) => BoxHeight(node.TitleLines.Count, node.CodeLine is not null);

    private static double BoxHeight(int titleLines, bool hasCode) =>
        2 * BoxPadY + Math.Max(1, titleLines) * TitleLine + (hasCode ? CodeLine : 0);

    private static List<SharedBracket> FindBrackets(List<MapRow> rows)
    {
        var brackets = new List<SharedBracket>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Ladders.Count;)
            {
                var line = row.Ladders[i].SharedLine;
                var end = i + 1;
                while (end < row.Ladders.Count && line is not null && row.Ladders[end].SharedLine == line) end++;
                if (line is not null)
                {
                    brackets.Add(new SharedBracket(line, row, row.Ladders.GetRange(i, end - i), !seen.Add(line)));
                    row.HasBrackets = true;
                }

                i = end;
            }
        }

        return brackets;
    }

    private static List<(LegendKind Kind, string Text)> LegendTexts(List<RoutedEdge> edges, List<SharedBracket> brackets)
    {
        var items = new List<(LegendKind, string)>();
        if (edges.Any(e => e.Kind == MapEdgeKind.Promotion)) items.Add((LegendKind.Promotion, "Promotion to the next level"));
        if (edges.Any(e => e.Kind == MapEdgeKind.DeclaredMove)) items.Add((LegendKind.DeclaredMove, "Declared move to another class"));
        if (brackets.Count > 0) items.Add((LegendKind.SharedLine, "Series on a shared promotional line"));
        return items;
    }

    private static double LegendItemWidth(string text) => LegendSample + 8 + MapText.Width(text, LegendSize);

    // Legend entries flow left to right and wrap, so a one-ladder map stays narrow.
    private static List<LegendItem> PlaceLegend(List<(LegendKind Kind, string Text)> texts, double width)
    {
        var items = new List<LegendItem>();
        var x = Margin;
        var y = Margin + LegendLine / 2;
        foreach (var (kind, text) in texts)
        {
            var itemWidth = LegendItemWidth(text);
            if (x > Margin && x + itemWidth > width - Margin)
            {
                x = Margin;
                y += LegendLine;
            }

            items.Add(new LegendItem(kind, text, x, y));
            x += itemWidth + LegendGap;
        }

        return items;
    }
}
