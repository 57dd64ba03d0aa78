using System.Text.RegularExpressions;

namespace Rungs.Tests.Architecture;

/// <summary>
/// Dependencies between the generator's namespaces flow one way (docs/architecture.md): no namespace may depend,
/// directly or through others, on one that depends on it. The check reads the source as the compiler binds it.
/// </summary>
public class NamespaceCycleTests
{
    // Compiling generator/ takes a while on a busy machine: the tests that read it share one graph.
    private static readonly Lazy<NamespaceGraph> Generator =
        new(() => NamespaceGraph.Of(SourceCompilation.Compile(SourceCompilation.RepositorySources("generator"))));

    [Fact]
    public void The_generators_namespaces_form_no_cycle()
    {
        var graph = Generator.Value;

        var cycles = NamespaceCycles.Find(graph);

        Assert.True(cycles.Count == 0, NamespaceCycles.Describe(graph, cycles));
        Assert.Contains("Rungs.Content", graph.Edges["Rungs.Parsing"].Keys); // the graph is read at all
        Assert.Contains("Rungs.Rendering.Compiled", graph.Edges["Rungs.Rendering"].Keys); // sub-namespaces are namespaces of their own
    }

    [Fact]
    public void The_architecture_page_lists_every_namespace_above_the_namespaces_it_uses()
    {
        var graph = Generator.Value;
        var listed = File.ReadLines(Path.Combine(Support.Repo.Root, "docs", "architecture.md"))
            .Select(line => Regex.Match(line, @"^\| `(Rungs[\w.]*)` \|"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();

        Assert.Empty(graph.Namespaces.Except(listed)); // every namespace has its row in docs/architecture.md
        Assert.Empty(listed.Except(graph.Namespaces)); // and every row is a namespace that exists
        var upward = graph.Edges
            .SelectMany(from => from.Value.Where(to => listed.IndexOf(to.Key) < listed.IndexOf(from.Key))
                .Select(to => $"{to.Key} is listed above {from.Key}, which uses it: {to.Value.Min}"))
            .ToList();
        Assert.True(upward.Count == 0, "docs/architecture.md must list each namespace above the namespaces it uses:\n" + string.Join('\n', upward));
    }

    [Fact]
    public void Two_namespaces_that_use_each_other_are_a_cycle_reported_with_the_types_that_cause_it()
    {
        var graph = GraphOf(
            """
            namespace Rungs.Low;
            public static class Urls { public static string Home() => Rungs.High.Page.Name; }
            """,
            """
            using Rungs.Low;
            namespace Rungs.High;
            public static class Page
            {
                public static string Name => "home";
                public static string Url => Urls.Home();
            }
            """);

        var cycles = NamespaceCycles.Find(graph);

        Assert.Equal([["Rungs.High", "Rungs.Low"]], cycles);
        var report = NamespaceCycles.Describe(graph, cycles);
        Assert.Contains("cycle: Rungs.High, Rungs.Low", report);
        Assert.Contains("Rungs.High -> Rungs.Low (1 type pair(s)):\n    Rungs.High.Page uses Rungs.Low.Urls (src/File1.cs:6)", report);
        Assert.Contains("Rungs.Low -> Rungs.High (1 type pair(s)):\n    Rungs.Low.Urls uses Rungs.High.Page (src/File0.cs:2)", report);
    }

    [Fact]
    public void A_parent_namespaces_type_named_without_a_using_and_a_constant_count()
    {
        // Views names Urls without a using (C# finds it in the parent namespace), and only reads a constant, which the
        // compiler copies into the caller: a use all the same.
        var graph = GraphOf(
            """
            using Rungs.Render.Views;
            namespace Rungs.Render;
            public static class Renderer { public static View Make() => new(); }
            """,
            """
            namespace Rungs.Render;
            public static class Urls { public const string Home = "index.html"; }
            """,
            """
            namespace Rungs.Render.Views;
            public sealed class View { public string Root => Urls.Home; }
            """);

        Assert.Equal([["Rungs.Render", "Rungs.Render.Views"]], NamespaceCycles.Find(graph));
        Assert.Contains(graph.Edges["Rungs.Render.Views"]["Rungs.Render"], use => use.FromType == "Rungs.Render.Views.View" && use.ToType == "Rungs.Render.Urls");
    }

    [Fact]
    public void An_extension_method_and_a_nameof_count()
    {
        var graph = GraphOf(
            """
            namespace Rungs.A;
            public static class Numbers { public static int Twice(this int x) => x * 2; }
            public static class Names { public static string User => nameof(Rungs.B.User); }
            """,
            """
            using Rungs.A;
            namespace Rungs.B;
            public static class User { public static int Go() => 3.Twice(); }
            """);

        Assert.Equal([["Rungs.A", "Rungs.B"]], NamespaceCycles.Find(graph));
        Assert.Contains(graph.Edges["Rungs.B"]["Rungs.A"], use => use.ToType == "Rungs.A.Numbers");
    }

    [Fact]
    public void A_using_directive_that_nothing_uses_is_no_dependency()
    {
        var graph = GraphOf(
            """
            using Rungs.B;
            namespace Rungs.A;
            public sealed class Thing;
            """,
            """
            using Rungs.A;
            namespace Rungs.B;
            public static class User { public static Thing? Value; }
            """);

        Assert.Empty(NamespaceCycles.Find(graph));
        Assert.False(graph.Edges.ContainsKey("Rungs.A"));
    }

    private static NamespaceGraph GraphOf(params string[] sources) =>
        NamespaceGraph.Of(SourceCompilation.Compile(sources.Select((text, i) => ($"src/File{i}.cs", text))));
}
