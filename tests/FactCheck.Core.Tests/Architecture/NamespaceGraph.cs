using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactCheck.Core.Tests.Architecture;

/// <summary>
/// Which namespace of one compilation uses which, read from the symbols its code binds to (type names, member
/// accesses, calls, extension methods, the types of expressions such as <c>var</c> locals and lambdas), never from
/// <c>using</c> lines: an unused <c>using</c> is no dependency, a fully qualified name in a method body is one.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges;

    private NamespaceGraph(SortedDictionary<string, SortedDictionary<string, string>> edges) => _edges = edges;

    /// <summary>Every namespace that declares or uses something under the root.</summary>
    public IEnumerable<string> Namespaces => _edges.Keys;

    /// <summary>The namespaces <paramref name="from"/> uses, itself excluded.</summary>
    public IReadOnlyCollection<string> DependenciesOf(string from) =>
        _edges.TryGetValue(from, out var targets) ? targets.Keys : [];

    /// <summary>Where <paramref name="from"/> first uses <paramref name="to"/> ("Rules/Finding.cs:12 Reports.Flag").</summary>
    public string Evidence(string from, string to) => _edges[from][to];

    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> ToAdjacency() =>
        _edges.ToDictionary(pair => pair.Key, pair => (IReadOnlyCollection<string>)pair.Value.Keys);

    /// <summary>
    /// Binds the sources as one library and records, for each namespace under <paramref name="rootNamespace"/>,
    /// the other namespaces under it whose types or members its code refers to. Fails when the sources do not
    /// compile, since a node that does not bind would hide its dependency.
    /// </summary>
    public static NamespaceGraph Build(
        IReadOnlyList<(string Path, string Text)> sources, IEnumerable<MetadataReference> references, string rootNamespace)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, parseOptions, source.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            "NamespaceGraph",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // CS8795 is a [GeneratedRegex] method whose body the regex source generator would write; the generated
        // code uses only System.Text.RegularExpressions, so not running the generator hides no dependency.
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795")
            .Take(5)
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The sources do not compile, so their graph would be incomplete:\n" + string.Join("\n", errors));
        }

        var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetCompilationUnitRoot();
            foreach (var declaration in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                var declared = model.GetDeclaredSymbol(declaration)?.ToDisplayString();
                if (declared is not null && IsUnder(declared, rootNamespace))
                {
                    Edges(edges, declared);
                }
            }

            foreach (var node in root.DescendantNodes(descendIntoChildren: child => child is not UsingDirectiveSyntax))
            {
                if (node is not ExpressionSyntax && node is not ConstructorInitializerSyntax)
                {
                    continue;
                }

                var from = EnclosingNamespace(model, node);
                if (from is null || !IsUnder(from, rootNamespace))
                {
                    continue;
                }

                var used = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                var symbolInfo = model.GetSymbolInfo(node);
                Add(used, symbolInfo.Symbol);
                var typeInfo = model.GetTypeInfo(node);
                Add(used, typeInfo.Type);
                Add(used, typeInfo.ConvertedType);

                foreach (var target in used.SelectMany(symbol => NamespacesOf(symbol, compilation.Assembly)).Distinct())
                {
                    if (target != from && IsUnder(target, rootNamespace))
                    {
                        var evidence = Edges(edges, from);
                        if (!evidence.ContainsKey(target))
                        {
                            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                            evidence[target] = $"{tree.FilePath}:{line} {Shorten(node.ToString())}";
                        }
                    }
                }
            }
        }

        return new NamespaceGraph(edges);
    }

    private static SortedDictionary<string, string> Edges(SortedDictionary<string, SortedDictionary<string, string>> edges, string from)
    {
        if (!edges.TryGetValue(from, out var targets))
        {
            targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
            edges[from] = targets;
        }

        return targets;
    }

    private static void Add(HashSet<ISymbol> used, ISymbol? symbol)
    {
        if (symbol is not null)
        {
            used.Add(symbol);
        }
    }

    private static string? EnclosingNamespace(SemanticModel model, SyntaxNode node)
    {
        var declaration = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault();
        return declaration is null ? null : model.GetDeclaredSymbol(declaration)?.ToDisplayString();
    }

    /// <summary>The namespaces a symbol lives in: its own (or its containing type's), and those of its type arguments.</summary>
    private static IEnumerable<string> NamespacesOf(ISymbol symbol, IAssemblySymbol assembly)
    {
        switch (symbol)
        {
            case IAliasSymbol alias:
                foreach (var name in NamespacesOf(alias.Target, assembly))
                {
                    yield return name;
                }

                yield break;
            case INamespaceSymbol:
            case ITypeParameterSymbol:
                yield break;
            case IArrayTypeSymbol array:
                foreach (var name in NamespacesOf(array.ElementType, assembly))
                {
                    yield return name;
                }

                yield break;
            case INamedTypeSymbol type:
                if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly))
                {
                    yield return type.ContainingNamespace.ToDisplayString();
                }

                foreach (var argument in type.TypeArguments)
                {
                    foreach (var name in NamespacesOf(argument, assembly))
                    {
                        yield return name;
                    }
                }

                yield break;
            case IMethodSymbol method:
                foreach (var argument in method.TypeArguments)
                {
                    foreach (var name in NamespacesOf(argument, assembly))
                    {
                        yield return name;
                    }
                }

                break;
        }

        if (symbol.ContainingType is { } containing)
        {
            foreach (var name in NamespacesOf(containing, assembly))
            {
                yield return name;
            }
        }
    }

    private static bool IsUnder(string name, string root) =>
        name == root || name.StartsWith(root + ".", StringComparison.Ordinal);

    private static string Shorten(string code)
    {
        var line = code.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : line[..77] + "...";
    }
}
