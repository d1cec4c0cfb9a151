using Microsoft.CodeAnalysis;

namespace FactCheck.Core.Tests.Architecture;

/// <summary>The source files of src/FactCheck.Core and the assemblies they compile against, for <see cref="NamespaceGraph"/>.</summary>
internal static class CoreSources
{
    public const string RootNamespace = "FactCheck.Core";

    // The SDK's implicit usings for a library (ImplicitUsings=enable in Directory.Build.props), which the
    // generated GlobalUsings file under obj/ would otherwise supply.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<NamespaceGraph> CoreGraph = new(() => NamespaceGraph.Build(Read(), References(), RootNamespace));

    /// <summary>FactCheck.Core's namespace graph, built once per test run.</summary>
    public static NamespaceGraph Graph => CoreGraph.Value;

    public static string Directory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var core = Path.Combine(directory.FullName, "src", "FactCheck.Core");
                if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")) && System.IO.Directory.Exists(core))
                {
                    return core;
                }
            }

            throw new DirectoryNotFoundException($"No src/FactCheck.Core above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>
    /// The framework and the packages this test runs on, which include every assembly FactCheck.Core references.
    /// FactCheck's own assemblies are left out: the Core types must come from the sources.
    /// </summary>
    public static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => !Path.GetFileName(path).StartsWith("FactCheck.", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));

    private static List<(string Path, string Text)> Read()
    {
        var root = Directory;
        var sources = System.IO.Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, File.ReadAllText(Path.Combine(root, relative))))
            .ToList();
        sources.Add(("ImplicitUsings.g.cs", ImplicitUsings));
        return sources;
    }
}
