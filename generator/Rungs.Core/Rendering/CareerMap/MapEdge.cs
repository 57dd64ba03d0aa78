namespace Rungs.Rendering.CareerMap;

/// <summary>An arrow between two nodes (Promotion: next level in the same series; DeclaredMove: a move another class declares).</summary>
public sealed record MapEdge(string FromId, string ToId, MapEdgeKind Kind);
