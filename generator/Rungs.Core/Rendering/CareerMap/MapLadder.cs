namespace Rungs.Rendering.CareerMap;

/// <summary>A series ladder: its nodes in level order (lowest first).</summary>
public sealed record MapLadder(string Id, string Title, string Url, string? PromotionalLine, IReadOnlyList<MapNode> Nodes)
{
    /// <summary>The rung of the first node: a track lane that starts above the entry level begins level with its first class.</summary>
    public int FirstRung { get; init; }
}
