using Rungs.Rendering.CareerMap;

namespace Rungs.Rendering.Pages;

/// <summary>A ladder of the career map as a list, for narrow screens: its classes top level first (entry level at the bottom, as on the map).</summary>
public sealed record CareerMapListLadder(string Title, string Url, IReadOnlyList<CareerMapListClass> Classes)
{
    /// <summary>The map's ladders (a series with tracks as one per track) as lists, in the map's order.</summary>
    public static IReadOnlyList<CareerMapListLadder> Of(CareerMapInput input)
    {
        var nodes = input.Ladders.SelectMany(l => l.Nodes).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = input.Edges.ToLookup(e => e.FromId, StringComparer.Ordinal);
        return input.Ladders.Select(ladder =>
        {
            // Level order as the map stacks them; the next class up needs no line of its own, the map's rung says it.
            var climb = ladder.Nodes.OrderBy(n => n.Level).ToList();
            var classes = climb.Select((node, i) =>
            {
                var next = i + 1 < climb.Count ? climb[i + 1].Id : null;
                var moves = edges[node.Id]
                    .Where(e => nodes.ContainsKey(e.ToId) && !(e.Kind == MapEdgeKind.Promotion && e.ToId == next))
                    .Select(e => new CareerMapListMove(e.Kind == MapEdgeKind.Promotion ? "Promotes to" : "Moves to", nodes[e.ToId].Title, nodes[e.ToId].Url))
                    .ToList();
                return new CareerMapListClass(node.Title, node.Code, node.Grade, node.Url, moves);
            }).Reverse().ToList();
            return new CareerMapListLadder(ladder.Title, ladder.Url, classes);
        }).ToList();
    }
}

/// <summary>A class in a career map list, with the promotions and moves that leave its ladder.</summary>
public sealed record CareerMapListClass(string Title, string? Code, string? Grade, string Url, IReadOnlyList<CareerMapListMove> Moves);

/// <summary>A promotion or move from a class to a class on another ladder ("Promotes to", "Moves to").</summary>
public sealed record CareerMapListMove(string Verb, string Title, string Url);
