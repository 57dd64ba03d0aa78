using System.Text;

namespace Rungs.Tests.Architecture;

/// <summary>
/// The namespace cycles of a <see cref="NamespaceGraph"/>: its strongly connected components of more than one namespace,
/// each reported with the edges inside it and, for every edge, the types that cause it, so a reader knows what to move.
/// </summary>
public static class NamespaceCycles
{
    private const int UsesShownPerEdge = 3;

    /// <summary>Each cycle as its namespaces in ordinal order; cycles in the order of their first namespace.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(NamespaceGraph graph)
    {
        var components = new List<IReadOnlyList<string>>();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();

        // Tarjan's algorithm; the graph has a few dozen nodes, so recursion depth is no concern.
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Targets(graph, node))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }

            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            if (component.Count > 1) components.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in graph.Namespaces)
            if (!index.ContainsKey(node)) Visit(node);
        return components.OrderBy(c => c[0], StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A report of every cycle for a failing test: its namespaces, then each edge inside it with the types behind it
    /// (lines end in \n on every system).
    /// </summary>
    public static string Describe(NamespaceGraph graph, IReadOnlyList<IReadOnlyList<string>> cycles)
    {
        var text = new StringBuilder();
        text.Append($"{cycles.Count} namespace cycle(s): dependencies must flow one way (docs/architecture.md). " +
                    "Move a type so that one edge of each cycle goes away.\n");
        foreach (var cycle in cycles)
        {
            text.Append($"\ncycle: {string.Join(", ", cycle)}\n");
            foreach (var from in cycle)
            foreach (var to in Targets(graph, from).Where(cycle.Contains))
            {
                var pairs = graph.Edges[from][to].DistinctBy(use => (use.FromType, use.ToType)).ToList();
                text.Append($"  {from} -> {to} ({pairs.Count} type pair(s)):\n");
                foreach (var use in pairs.Take(UsesShownPerEdge)) text.Append($"    {use}\n");
                if (pairs.Count > UsesShownPerEdge) text.Append($"    … and {pairs.Count - UsesShownPerEdge} more\n");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Targets(NamespaceGraph graph, string from) =>
        graph.Edges.TryGetValue(from, out var targets) ? targets.Keys : [];
}
