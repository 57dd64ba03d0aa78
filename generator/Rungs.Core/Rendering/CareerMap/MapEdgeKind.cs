namespace Rungs.Rendering.CareerMap;

/// <summary>Why an arrow is on the map: promotion to the next level of a series, or a move a class declares.</summary>
public enum MapEdgeKind
{
    Promotion,
    DeclaredMove,
}
