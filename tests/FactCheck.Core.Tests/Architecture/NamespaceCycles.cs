namespace FactCheck.Core.Tests.Architecture;

/// <summary>Finds the loops in a directed graph of namespaces: one concrete cycle per strongly connected group.</summary>
internal static class NamespaceCycles
{
    /// <summary>
    /// Each cycle as the path that closes it (<c>[A, B, A]</c>), starting at its first name in ordinal order: for
    /// every group of namespaces that reach each other, the shortest loop through each member, each loop once. A
    /// namespace using itself is no cycle.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph)
    {
        var cycles = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in StronglyConnectedGroups(graph).Where(group => group.Count > 1))
        {
            foreach (var member in group.Order(StringComparer.Ordinal))
            {
                var loop = StartAtFirstName(ShortestLoop(graph, member, group));
                if (seen.Add(string.Join(" -> ", loop)))
                {
                    cycles.Add(loop);
                }
            }
        }

        return cycles
            .OrderBy(cycle => cycle.Count)
            .ThenBy(cycle => string.Join(" -> ", cycle), StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> StartAtFirstName(IReadOnlyList<string> loop)
    {
        var open = loop.Take(loop.Count - 1).ToList();
        var first = open.IndexOf(open.Min(StringComparer.Ordinal)!);
        var rotated = open.Skip(first).Concat(open.Take(first)).ToList();
        rotated.Add(rotated[0]);
        return rotated;
    }

    private static IReadOnlyCollection<string> Next(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph, string node) =>
        graph.TryGetValue(node, out var targets) ? targets : [];

    // Tarjan's algorithm, iterative so that a deep graph cannot overflow the stack.
    private static List<HashSet<string>> StronglyConnectedGroups(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph)
    {
        var nodes = graph.Keys.Concat(graph.Values.SelectMany(targets => targets)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var lowLink = new Dictionary<string, int>();
        var onStack = new HashSet<string>();
        var stack = new Stack<string>();
        var groups = new List<HashSet<string>>();
        var counter = 0;

        foreach (var root in nodes.Where(node => !index.ContainsKey(node)))
        {
            var work = new Stack<(string Node, IEnumerator<string> Targets)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, targets) = work.Peek();
                if (targets.MoveNext())
                {
                    var target = targets.Current;
                    if (!index.TryGetValue(target, out var targetIndex))
                    {
                        Visit(target);
                    }
                    else if (onStack.Contains(target))
                    {
                        lowLink[node] = Math.Min(lowLink[node], targetIndex);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[node]);
                }

                if (lowLink[node] == index[node])
                {
                    var group = new HashSet<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        group.Add(member);
                    }
                    while (member != node);
                    groups.Add(group);
                }
            }

            void Visit(string node)
            {
                index[node] = lowLink[node] = counter++;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, Next(graph, node).Order(StringComparer.Ordinal).GetEnumerator()));
            }
        }

        return groups;
    }

    private static IReadOnlyList<string> ShortestLoop(
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph, string start, HashSet<string> group)
    {
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var target in Next(graph, node).Where(group.Contains).Order(StringComparer.Ordinal))
            {
                if (target == start)
                {
                    var path = new List<string> { start };
                    for (var step = node; step != start; step = cameFrom[step])
                    {
                        path.Add(step);
                    }

                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                if (target != node && cameFrom.TryAdd(target, node))
                {
                    queue.Enqueue(target);
                }
            }
        }

        throw new InvalidOperationException($"{start} is in a strongly connected group but no loop returns to it.");
    }
}
