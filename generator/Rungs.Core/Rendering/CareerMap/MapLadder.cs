namespace Rungs.Rendering.CareerMap;

/// <summary>A series ladder: its nodes in level order (lowest first).</summary>
public sealed record MapLadder(string Id, string Title, string Url, string? PromotionalLine, IReadOnlyList<MapNode> Nodes);
