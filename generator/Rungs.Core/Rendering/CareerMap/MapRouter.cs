using System.Text;
using static Rungs.Rendering.CareerMap.SvgFormat;

namespace Rungs.Rendering.CareerMap;

/// <summary>
/// Routes the arrows: a promotion to the next rung is a short vertical arrow; an arrow to a neighbouring ladder
/// of the same row is one cubic S-curve across the gutter between them; every other arrow runs along its own
/// track in the gutters and in the band between rows, so it never crosses a box and stays visible.
/// </summary>
internal static class MapRouter
{
    private const double CornerRadius = 8;

    // Bézier handle length for a quarter circle, so rounded corners look round.
    private const double Kappa = 0.5523;

    /// <summary>
    /// Resolves the edges (dropping duplicates, self-loops and ids not on the map), chooses shapes, sides,
    /// attachment points and tracks. Runs before coordinates exist: tracks only need the order of things.
    /// </summary>
    public static List<RoutedEdge> Plan(
        IReadOnlyList<MapEdge> edges, IReadOnlyDictionary<string, PlacedNode> nodes, IReadOnlyList<MapRow> rows, int columns, out int[] gutterTracks)
    {
        var routed = new List<RoutedEdge>();
        var seen = new HashSet<(string, string, MapEdgeKind)>();
        foreach (var edge in edges)
        {
            if (edge is null
                || !nodes.TryGetValue(edge.FromId ?? "", out var from)
                || !nodes.TryGetValue(edge.ToId ?? "", out var to)
                || ReferenceEquals(from, to)
                || !seen.Add((edge.FromId!, edge.ToId!, edge.Kind)))
            {
                continue;
            }

            routed.Add(new RoutedEdge(edge.Kind, from, to, ShapeOf(edge.Kind, from, to)));
        }

        foreach (var edge in routed) ChooseSides(edge);
        SpreadAttachments(routed);

        foreach (var row in rows) row.BandTracks = 0;
        AssignBandTracks(routed, rows);
        gutterTracks = AssignGutterTracks(routed, columns);
        return routed;
    }

    private static EdgeShape ShapeOf(MapEdgeKind kind, PlacedNode from, PlacedNode to)
    {
        if (kind == MapEdgeKind.Promotion && from.Ladder == to.Ladder && IsNextUp(from, to)) return EdgeShape.Rung;
        if (from.Ladder.Row == to.Ladder.Row && Math.Abs(from.Ladder.Column - to.Ladder.Column) == 1) return EdgeShape.Adjacent;
        return EdgeShape.Channel;
    }

    // The next box up the same ladder, however many grades apart: the arrow runs straight up the lane.
    private static bool IsNextUp(PlacedNode from, PlacedNode to)
    {
        var nodes = from.Ladder.Nodes;
        var index = nodes.IndexOf(from);
        return index + 1 < nodes.Count && nodes[index + 1] == to;
    }

    private static void ChooseSides(RoutedEdge edge)
    {
        if (edge.Shape == EdgeShape.Rung) return;
        var (from, to) = (edge.From.Ladder, edge.To.Ladder);

        // Leave by the side facing the target and enter by the side facing the source; within one column,
        // go out and back on the right.
        if (to.Column > from.Column)
        {
            (edge.FromSide, edge.ToSide) = (BoxSide.Right, BoxSide.Left);
            (edge.ExitGutter, edge.EntryGutter) = (from.Column + 1, to.Column);
        }
        else if (to.Column < from.Column)
        {
            (edge.FromSide, edge.ToSide) = (BoxSide.Left, BoxSide.Right);
            (edge.ExitGutter, edge.EntryGutter) = (from.Column, to.Column + 1);
        }
        else
        {
            (edge.FromSide, edge.ToSide) = (BoxSide.Right, BoxSide.Right);
            (edge.ExitGutter, edge.EntryGutter) = (from.Column + 1, from.Column + 1);
        }

        // Crossing between two different gutters needs a horizontal run: take the band just above the target's
        // row when going down, otherwise the band just below the target's row.
        if (edge.Shape == EdgeShape.Channel && edge.ExitGutter != edge.EntryGutter)
        {
            edge.Band = to.Row > from.Row ? to.Row - 1 : to.Row;
        }
    }

    // Arrows sharing a box side attach at evenly spaced points, ordered by where their other end lies, so the
    // arrows fan out instead of meeting in one point.
    private static void SpreadAttachments(List<RoutedEdge> edges)
    {
        var ends = new Dictionary<(PlacedNode, BoxSide), List<(RoutedEdge Edge, bool IsSource, int Order)>>();
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (edge.Shape == EdgeShape.Rung) continue;
            Add((edge.From, edge.FromSide), (edge, true, i));
            Add((edge.To, edge.ToSide), (edge, false, i));
        }

        foreach (var list in ends.Values)
        {
            var ordered = list
                .OrderBy(e => Other(e).Ladder.Row)
                .ThenBy(e => -Other(e).Rung)
                .ThenBy(e => Other(e).Ladder.Column)
                .ThenBy(e => e.Order)
                .ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                var fraction = 0.2 + 0.6 * (k + 1) / (ordered.Count + 1);
                if (ordered[k].IsSource) ordered[k].Edge.FromFraction = fraction;
                else ordered[k].Edge.ToFraction = fraction;
            }
        }

        void Add((PlacedNode, BoxSide) key, (RoutedEdge, bool, int) end)
        {
            if (!ends.TryGetValue(key, out var list)) ends[key] = list = [];
            list.Add(end);
        }

        static PlacedNode Other((RoutedEdge Edge, bool IsSource, int Order) end) => end.IsSource ? end.Edge.To : end.Edge.From;
    }

    private static void AssignBandTracks(List<RoutedEdge> edges, IReadOnlyList<MapRow> rows)
    {
        var used = new Dictionary<int, List<(int Track, double Lo, double Hi)>>();
        foreach (var edge in edges.Where(e => e.Band >= 0))
        {
            double lo = Math.Min(edge.ExitGutter, edge.EntryGutter), hi = Math.Max(edge.ExitGutter, edge.EntryGutter);
            if (!used.TryGetValue(edge.Band, out var list)) used[edge.Band] = list = [];
            edge.BandTrack = FreeTrack(list, lo, hi);
            list.Add((edge.BandTrack, lo, hi));
            rows[edge.Band].BandTracks = Math.Max(rows[edge.Band].BandTracks, edge.BandTrack + 1);
        }
    }

    private static int[] AssignGutterTracks(List<RoutedEdge> edges, int columns)
    {
        var used = new List<(int Track, double Lo, double Hi)>[columns + 1];
        for (var g = 0; g <= columns; g++) used[g] = [];
        var counts = new int[columns + 1];

        foreach (var edge in edges.Where(e => e.Shape == EdgeShape.Channel))
        {
            var source = AttachKey(edge.From, edge.FromFraction);
            var target = AttachKey(edge.To, edge.ToFraction);
            if (edge.Band < 0)
            {
                edge.ExitTrack = edge.EntryTrack = Take(edge.ExitGutter, source, target);
            }
            else
            {
                var band = BandKey(edge.Band, edge.BandTrack);
                edge.ExitTrack = Take(edge.ExitGutter, source, band);
                edge.EntryTrack = Take(edge.EntryGutter, band, target);
            }
        }

        return counts;

        int Take(int gutter, double a, double b)
        {
            var track = FreeTrack(used[gutter], Math.Min(a, b), Math.Max(a, b));
            used[gutter].Add((track, Math.Min(a, b), Math.Max(a, b)));
            counts[gutter] = Math.Max(counts[gutter], track + 1);
            return track;
        }
    }

    // Vertical order without coordinates: rows top to bottom, inside a row the higher rungs first, then the
    // band below the row. Row heights come later, but they never change this order.
    private static double AttachKey(PlacedNode node, double fraction) => node.Ladder.Row * 1e6 + 1e5 - node.Rung * 2 + fraction;

    private static double BandKey(int row, int track) => row * 1e6 + 5e5 + track;

    private static int FreeTrack(List<(int Track, double Lo, double Hi)> used, double lo, double hi)
    {
        for (var track = 0; ; track++)
        {
            if (!used.Any(u => u.Track == track && u.Lo <= hi && lo <= u.Hi)) return track;
        }
    }

    /// <summary>Writes each edge's SVG path data once the layout has coordinates.</summary>
    public static void Draw(List<RoutedEdge> edges, ChannelGeometry geometry)
    {
        foreach (var edge in edges)
        {
            edge.Path = edge.Shape switch
            {
                EdgeShape.Rung => $"M{Num(edge.From.CenterX)} {Num(edge.From.Y)}V{Num(edge.To.Bottom)}",
                EdgeShape.Adjacent => SCurve(edge),
                _ => Channel(edge, geometry),
            };
        }
    }

    private static (double X, double Y) SourcePoint(RoutedEdge edge) =>
        (edge.FromSide == BoxSide.Right ? edge.From.Right : edge.From.X, edge.From.Y + edge.From.Height * edge.FromFraction);

    private static (double X, double Y) TargetPoint(RoutedEdge edge) =>
        (edge.ToSide == BoxSide.Right ? edge.To.Right : edge.To.X, edge.To.Y + edge.To.Height * edge.ToFraction);

    private static string SCurve(RoutedEdge edge)
    {
        var (sx, sy) = SourcePoint(edge);
        var (tx, ty) = TargetPoint(edge);
        var mx = (sx + tx) / 2;
        return $"M{Num(sx)} {Num(sy)}C{Num(mx)} {Num(sy)} {Num(mx)} {Num(ty)} {Num(tx)} {Num(ty)}";
    }

    private static string Channel(RoutedEdge edge, ChannelGeometry geometry)
    {
        var (sx, sy) = SourcePoint(edge);
        var (tx, ty) = TargetPoint(edge);
        var exitX = geometry.TrackX(edge.ExitGutter, edge.ExitTrack);
        var points = new List<(double X, double Y)> { (sx, sy), (exitX, sy) };
        if (edge.Band >= 0)
        {
            var bandY = geometry.BandY(edge.Band, edge.BandTrack);
            var entryX = geometry.TrackX(edge.EntryGutter, edge.EntryTrack);
            points.Add((exitX, bandY));
            points.Add((entryX, bandY));
            points.Add((entryX, ty));
        }
        else
        {
            points.Add((exitX, ty));
        }

        points.Add((tx, ty));
        edge.Corners = points;
        return RoundedPolyline(points);
    }

    // A polyline whose corners are cubic quarter-circles, as one path.
    private static string RoundedPolyline(List<(double X, double Y)> points)
    {
        var path = new StringBuilder();
        path.Append('M').Append(Num(points[0].X)).Append(' ').Append(Num(points[0].Y));
        for (var i = 1; i < points.Count - 1; i++)
        {
            var (a, p, b) = (points[i - 1], points[i], points[i + 1]);
            var lengthIn = Distance(a, p);
            var lengthOut = Distance(p, b);
            if (lengthIn < 0.01 || lengthOut < 0.01) continue;
            var r = Math.Min(CornerRadius, Math.Min(lengthIn, lengthOut) / 2);
            var dirIn = ((p.X - a.X) / lengthIn, (p.Y - a.Y) / lengthIn);
            var dirOut = ((b.X - p.X) / lengthOut, (b.Y - p.Y) / lengthOut);
            var start = (X: p.X - dirIn.Item1 * r, Y: p.Y - dirIn.Item2 * r);
            var end = (X: p.X + dirOut.Item1 * r, Y: p.Y + dirOut.Item2 * r);
            var c1 = (X: start.X + dirIn.Item1 * r * Kappa, Y: start.Y + dirIn.Item2 * r * Kappa);
            var c2 = (X: end.X - dirOut.Item1 * r * Kappa, Y: end.Y - dirOut.Item2 * r * Kappa);
            path.Append('L').Append(Num(start.X)).Append(' ').Append(Num(start.Y))
                .Append('C').Append(Num(c1.X)).Append(' ').Append(Num(c1.Y))
                .Append(' ').Append(Num(c2.X)).Append(' ').Append(Num(c2.Y))
                .Append(' ').Append(Num(end.X)).Append(' ').Append(Num(end.Y));
        }

        var last = points[^1];
        path.Append('L').Append(Num(last.X)).Append(' ').Append(Num(last.Y));
        return path.ToString();
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
}
