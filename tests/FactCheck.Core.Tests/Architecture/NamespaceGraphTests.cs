using Microsoft.CodeAnalysis;

namespace FactCheck.Core.Tests.Architecture;

/// <summary>The cycle check must be able to fail: the graph builder and the cycle finder on small made-up inputs.</summary>
public sealed class NamespaceGraphTests
{
    private static readonly MetadataReference[] Framework =
    [
        MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
        MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll")),
        MetadataReference.CreateFromFile(typeof(Enumerable).Assembly.Location),
    ];

    [Fact]
    public void Finds_a_two_namespace_loop()
    {
        var cycles = NamespaceCycles.Find(Graph(("A", ["B"]), ("B", ["A"]), ("C", ["A"])));

        Assert.Equal(["A", "B", "A"], Assert.Single(cycles));
    }

    [Fact]
    public void Finds_a_longer_loop_and_names_it_in_order()
    {
        var cycles = NamespaceCycles.Find(Graph(("Reports", ["Rules"]), ("Rules", ["Entities"]), ("Entities", ["Reports"]), ("Model", [])));

        Assert.Equal(["Entities", "Reports", "Rules", "Entities"], Assert.Single(cycles));
    }

    [Fact]
    public void Finds_one_loop_per_separate_group()
    {
        var cycles = NamespaceCycles.Find(Graph(("A", ["B"]), ("B", ["A"]), ("C", ["D"]), ("D", ["C"])));

        Assert.Equal([["A", "B", "A"], ["C", "D", "C"]], cycles);
    }

    [Fact]
    public void Names_each_loop_of_a_tangled_group_once()
    {
        var cycles = NamespaceCycles.Find(Graph(("A", ["B", "C"]), ("B", ["A"]), ("C", ["A"])));

        Assert.Equal([["A", "B", "A"], ["A", "C", "A"]], cycles);
    }

    [Fact]
    public void A_layered_graph_and_a_self_reference_have_no_loop()
    {
        var cycles = NamespaceCycles.Find(Graph(("Rules", ["Model", "Names", "Rules"]), ("Names", ["Model"]), ("Reports", ["Model"]), ("Model", [])));

        Assert.Empty(cycles);
    }

    [Fact]
    public void Reads_uses_from_method_bodies_and_full_names_not_from_using_lines()
    {
        var graph = NamespaceGraph.Build(
            [
                ("A.cs", """
                    using Root.B;
                    namespace Root.A;
                    public sealed class Alpha
                    {
                        public int Size() { var helper = new Root.C.Gamma(); return helper.Count; }
                    }
                    """),
                ("B.cs", "namespace Root.B; public sealed class Beta { }"),
                ("C.cs", "namespace Root.C; public sealed class Gamma { public int Count => 1; }"),
            ],
            Framework,
            "Root");

        Assert.Equal(["Root.C"], graph.DependenciesOf("Root.A"));
        Assert.Contains("A.cs:5", graph.Evidence("Root.A", "Root.C"));
    }

    [Fact]
    public void Reads_uses_through_extension_methods_and_inferred_types()
    {
        var graph = NamespaceGraph.Build(
            [
                ("A.cs", """
                    namespace Root.A;
                    public static class Words { public static string Fold(this string text) => text; }
                    """),
                ("B.cs", """
                    namespace Root.B;
                    using Root.A;
                    public sealed class Beta { public string Read(string text) => text.Fold(); public object Make() => Root.C.Factory.Make(); }
                    """),
                ("C.cs", """
                    namespace Root.C;
                    public static class Factory { public static Root.D.Delta Make() => new(); }
                    """),
                ("D.cs", """
                    namespace Root.D;
                    public sealed class Delta { public int Size() { var made = Root.C.Factory.Make(); return made is null ? 0 : 1; } }
                    """),
            ],
            Framework,
            "Root");

        Assert.Equal(["Root.A", "Root.C", "Root.D"], graph.DependenciesOf("Root.B"));
        Assert.Equal(["Root.C", "Root.D", "Root.C"], Assert.Single(NamespaceCycles.Find(graph.ToAdjacency())));
    }

    [Fact]
    public void Refuses_sources_that_do_not_compile()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NamespaceGraph.Build(
            [("A.cs", "namespace Root.A; public sealed class Alpha { Missing field; }")], Framework, "Root"));

        Assert.Contains("Missing", error.Message);
    }

    private static Dictionary<string, IReadOnlyCollection<string>> Graph(params (string From, string[] To)[] edges) =>
        edges.ToDictionary(edge => edge.From, edge => (IReadOnlyCollection<string>)edge.To);
}
