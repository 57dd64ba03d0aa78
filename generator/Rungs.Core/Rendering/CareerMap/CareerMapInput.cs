namespace Rungs.Rendering.CareerMap;

/// <summary>Everything the map draws: the ladders (in the order readers should meet them) and the arrows between classes.</summary>
public sealed record CareerMapInput(IReadOnlyList<MapLadder> Ladders, IReadOnlyList<MapEdge> Edges);
