using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rungs.Tests.Architecture;

/// <summary>One place where a type of one namespace names a type of another: the reason for a dependency.</summary>
public sealed record TypeUse(string FromType, string ToType, string File, int Line)
{
    public override string ToString() => $"{FromType} uses {ToType} ({File}:{Line})";
}

/// <summary>
/// Which <c>Rungs.*</c> namespace depends on which, read from source with every name bound by the compiler: a type named
/// without a <c>using</c> (it sits in a parent namespace), a fully qualified name, an extension method, a constant or a
/// <c>nameof</c> all count; a <c>using</c> that nothing uses does not.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<TypeUse>>> _edges = new(StringComparer.Ordinal);

    /// <summary>The namespaces each namespace depends on, each with the type uses that make it so (in path order).</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, SortedSet<TypeUse>>> Edges => _edges;

    /// <summary>Every namespace that declares a type or depends on one.</summary>
    public IEnumerable<string> Namespaces => _edges.Keys.Concat(_edges.Values.SelectMany(to => to.Keys)).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The graph of the given compilation; every name in it must bind, or a dependency would go unseen.</summary>
    public static NamespaceGraph Of(CSharpCompilation compilation)
    {
        var unbound = compilation.GetDiagnostics().Where(d => UnboundName.Contains(d.Id)).Take(5).ToList();
        if (unbound.Count > 0)
            throw new InvalidOperationException("some names do not bind, so the namespace graph would be incomplete:\n" +
                string.Join('\n', unbound));

        var graph = new NamespaceGraph();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax)) continue;
                // A using directive is no dependency by itself: what the file then names through it is.
                if (node.Ancestors().Any(a => a is UsingDirectiveSyntax)) continue;
                if (UsedType(model.GetSymbolInfo(node)) is not { } used) continue;
                if (DeclaringType(model, node) is not { } user) continue;
                graph.Add(user, used, tree.FilePath, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
            }
        }

        return graph;
    }

    // The errors of a name that binds to nothing. Other errors are expected: the build's source generators (regular
    // expressions, JSON contexts), which do not run here, write the other half of some partial types.
    private static readonly HashSet<string> UnboundName = ["CS0103", "CS0117", "CS0234", "CS0246", "CS0426", "CS1061"];

    private void Add(INamedTypeSymbol user, INamedTypeSymbol used, string file, int line)
    {
        string from = Namespace(user), to = Namespace(used);
        if (from == to || !IsOurs(from) || !IsOurs(to)) return;
        if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new(StringComparer.Ordinal);
        if (!targets.TryGetValue(to, out var uses)) targets[to] = uses = new(UseOrder);
        uses.Add(new TypeUse(Name(user), Name(used), file, line));
    }

    private static bool IsOurs(string ns) => ns == "Rungs" || ns.StartsWith("Rungs.", StringComparison.Ordinal);

    // A member counts as a use of the type that declares it; an extension method of the static class that holds it.
    private static INamedTypeSymbol? UsedType(SymbolInfo info) =>
        (info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) switch
        {
            INamedTypeSymbol type => Outermost(type),
            IMethodSymbol method => Outermost((method.ReducedFrom ?? method).ContainingType),
            IFieldSymbol or IPropertySymbol or IEventSymbol => Outermost(info.Symbol?.ContainingType ?? info.CandidateSymbols[0].ContainingType),
            _ => null,
        };

    private static INamedTypeSymbol? DeclaringType(SemanticModel model, SyntaxNode node) =>
        node.Ancestors().LastOrDefault(a => a is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax) is { } declaration
            ? Outermost(model.GetDeclaredSymbol(declaration) as INamedTypeSymbol)
            : null;

    private static INamedTypeSymbol? Outermost(INamedTypeSymbol? type)
    {
        while (type?.ContainingType is { } outer) type = outer;
        return type?.OriginalDefinition;
    }

    private static string Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";

    private static string Name(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    private static readonly IComparer<TypeUse> UseOrder = Comparer<TypeUse>.Create((a, b) =>
    {
        var byFile = string.CompareOrdinal(a.File, b.File);
        if (byFile != 0) return byFile;
        var byLine = a.Line.CompareTo(b.Line);
        if (byLine != 0) return byLine;
        var byFrom = string.CompareOrdinal(a.FromType, b.FromType);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(a.ToType, b.ToType);
    });
}
