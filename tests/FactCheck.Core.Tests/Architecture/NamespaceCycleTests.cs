namespace FactCheck.Core.Tests.Architecture;

public sealed class NamespaceCycleTests
{
    private const string Model = "FactCheck.Core.Model";

    [Fact]
    public void No_namespace_of_the_core_uses_one_that_uses_it_back()
    {
        var graph = CoreSources.Graph;

        var cycles = NamespaceCycles.Find(graph.ToAdjacency());

        Assert.True(cycles.Count == 0, "Namespace cycles in FactCheck.Core:\n" + string.Join("\n", cycles.Select(cycle => Describe(graph, cycle))));
    }

    [Fact]
    public void The_model_uses_no_other_core_namespace()
    {
        var graph = CoreSources.Graph;

        var uses = graph.DependenciesOf(Model);

        Assert.True(uses.Count == 0, $"{Model} must depend on nothing else in the core, but uses:\n" +
            string.Join("\n", uses.Select(target => $"  {target}: {graph.Evidence(Model, target)}")));
    }

    [Fact]
    public void The_graph_is_read_from_the_core_sources()
    {
        var graph = CoreSources.Graph;

        Assert.Contains(Model, graph.Namespaces);
        Assert.Contains(Model, graph.DependenciesOf("FactCheck.Core.Rules"));
        Assert.Contains("FactCheck.Core.Rules", graph.DependenciesOf("FactCheck.Core.Checking"));
    }

    private static string Describe(NamespaceGraph graph, IReadOnlyList<string> cycle) =>
        string.Join(" -> ", cycle) + "\n" +
        string.Join("\n", cycle.Zip(cycle.Skip(1), (from, to) => $"    {from} -> {to}: {graph.Evidence(from, to)}"));
}
