namespace Rungs.Rendering.CareerMap;

// The laid-out map: what MapLayout computes and CareerMapSvg writes. Internal working types, kept together
// because none of them means anything alone. Coordinates are SVG user units, y growing downwards.

/// <summary>Which side of a box an arrow leaves or enters by.</summary>
internal enum BoxSide
{
    Left,
    Right,
}

/// <summary>How an arrow is drawn: straight up a ladder, an S-curve across one gutter, or along gutters and the bands between rows.</summary>
internal enum EdgeShape
{
    Rung,
    Adjacent,
    Channel,
}

/// <summary>A class box, placed.</summary>
internal sealed class PlacedNode(MapNode source, PlacedLadder ladder, int rung)
{
    public MapNode Source { get; } = source;
    public PlacedLadder Ladder { get; } = ladder;

    /// <summary>Height in its row counted from the bottom (0): its level's place, or its grade's on the grade axis.</summary>
    public int Rung { get; set; } = rung;

    public IReadOnlyList<string> TitleLines { get; set; } = [];
    public string? CodeLine { get; set; }
    public double X { get; set; }
    public double Y { get; set; }
    public double Height { get; set; }
    public double CenterX => X + MapLayout.BoxWidth / 2;
    public double Right => X + MapLayout.BoxWidth;
    public double Bottom => Y + Height;
}

/// <summary>A series ladder, placed in a row and a column of the grid.</summary>
internal sealed class PlacedLadder(MapLadder source)
{
    public MapLadder Source { get; } = source;
    public List<PlacedNode> Nodes { get; } = [];
    public int Row { get; set; }
    public int Column { get; set; }

    /// <summary>The promotional line this ladder shares with at least one other ladder, or null.</summary>
    public string? SharedLine { get; set; }

    public IReadOnlyList<string> TitleLines { get; set; } = [];
    public double X { get; set; }
    public double Right => X + MapLayout.LaneWidth;
    public double CenterX => X + MapLayout.LaneWidth / 2;
}

/// <summary>A row of at most MapLayout.MaxColumns ladders sharing a header height, a box height and a rung pitch.</summary>
internal sealed class MapRow(int index)
{
    public int Index { get; } = index;
    public List<PlacedLadder> Ladders { get; } = [];
    public int Rungs { get; set; }
    public int HeaderLines { get; set; }
    public double BoxHeight { get; set; }
    public bool HasBrackets { get; set; }

    /// <summary>The grades of this row's grade scale, by rung (lowest first); empty unless every ladder of the row stands on the grade axis.</summary>
    public IReadOnlyList<string> Grades { get; set; } = [];

    public double Top { get; set; }
    public double HeaderBottom { get; set; }
    public double LaneBottom { get; set; }
    public double Bottom { get; set; }

    /// <summary>Tracks used by arrows running along the band below this row, and the band's extent.</summary>
    public int BandTracks { get; set; }
    public double BandTop { get; set; }
    public double BandHeight { get; set; }
}

/// <summary>A bracket joining adjacent ladders of one row that share a promotional line.</summary>
internal sealed record SharedBracket(string Line, MapRow Row, IReadOnlyList<PlacedLadder> Ladders, bool Continued);

/// <summary>An arrow with its route: which sides, gutters, band and tracks it uses, then its path.</summary>
internal sealed class RoutedEdge(MapEdgeKind kind, PlacedNode from, PlacedNode to, EdgeShape shape)
{
    public MapEdgeKind Kind { get; } = kind;
    public PlacedNode From { get; } = from;
    public PlacedNode To { get; } = to;
    public EdgeShape Shape { get; } = shape;
    public BoxSide FromSide { get; set; }
    public BoxSide ToSide { get; set; }

    /// <summary>Where on the side the arrow attaches, as a fraction of the box height from its top.</summary>
    public double FromFraction { get; set; } = 0.5;
    public double ToFraction { get; set; } = 0.5;

    /// <summary>Gutter indexes: gutter g lies left of column g (gutter 0 is the left margin).</summary>
    public int ExitGutter { get; set; }
    public int EntryGutter { get; set; }
    public int ExitTrack { get; set; }
    public int EntryTrack { get; set; }

    /// <summary>The row whose lower band carries the arrow across, or -1 when it needs none.</summary>
    public int Band { get; set; } = -1;
    public int BandTrack { get; set; }

    public string Path { get; set; } = "";

    /// <summary>The corners of a Channel route (before rounding), so other marks can keep clear of it.</summary>
    public IReadOnlyList<(double X, double Y)> Corners { get; set; } = [];
}

/// <summary>One legend entry.</summary>
internal enum LegendKind
{
    Promotion,
    DeclaredMove,
    SharedLine,
}

/// <summary>A legend entry with its place.</summary>
internal sealed record LegendItem(LegendKind Kind, string Text, double X, double Y);

/// <summary>The whole laid-out map.</summary>
internal sealed record MapScene(
    double Width,
    double Height,
    IReadOnlyList<MapRow> Rows,
    IReadOnlyList<PlacedLadder> Ladders,
    IReadOnlyList<RoutedEdge> Edges,
    IReadOnlyList<SharedBracket> Brackets,
    IReadOnlyList<LegendItem> Legend,
    int ClassCount)
{
    /// <summary>Where the grade scale's labels end (right-aligned), left of the grid.</summary>
    public double GradeScaleRight { get; init; }
}

/// <summary>Where the tracks of the gutters and of the bands between rows lie, once the layout is sized.</summary>
internal sealed record ChannelGeometry(double[] GutterCenters, int[] GutterTracks, IReadOnlyList<MapRow> Rows)
{
    public double TrackX(int gutter, int track) =>
        GutterCenters[gutter] + (track - (GutterTracks[gutter] - 1) / 2.0) * MapLayout.TrackGap;

    public double BandY(int row, int track)
    {
        var r = Rows[row];
        return r.BandTop + r.BandHeight / 2 + (track - (r.BandTracks - 1) / 2.0) * MapLayout.TrackGap;
    }
}
