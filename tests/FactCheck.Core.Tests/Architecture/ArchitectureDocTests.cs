namespace FactCheck.Core.Tests.Architecture;

/// <summary>
/// docs/architecture.md's tree names every project under src/ and every folder of each project, and nothing that is
/// gone: a project or folder added, renamed or removed fails here until the page follows.
/// </summary>
public sealed class ArchitectureDocTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void The_tree_names_every_project_and_folder_under_src_and_nothing_else()
    {
        var documented = DocumentedTree();
        var actual = Directory.GetDirectories(Path.Combine(Root, "src"))
            .Select(Path.GetFileName)
            .SelectMany(project => Folders(project!).Select(folder => $"{project}/{folder}").Prepend(project!))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var undocumented = actual.Except(documented, StringComparer.Ordinal).ToArray();
        var gone = documented.Except(actual, StringComparer.Ordinal).ToArray();

        Assert.True(undocumented.Length == 0, $"docs/architecture.md's tree lacks: {string.Join(", ", undocumented)}.");
        Assert.True(gone.Length == 0, $"docs/architecture.md's tree names what src/ no longer has: {string.Join(", ", gone)}.");
    }

    [Fact]
    public void The_tree_is_read_from_the_page()
    {
        var documented = DocumentedTree();

        Assert.Contains("FactCheck.Core", documented);
        Assert.Contains("FactCheck.Core/Model", documented);
        Assert.Contains("FactCheck.Azure/Profiles", documented);
    }

    private static IEnumerable<string> Folders(string project) =>
        Directory.GetDirectories(Path.Combine(Root, "src", project))
            .Select(d => Path.GetFileName(d)!)
            .Where(name => name is not ("bin" or "obj") && !name.StartsWith('.'));

    /// <summary>The projects (two spaces in) and their folders (four spaces in) of the first text block after "## The tree".</summary>
    private static List<string> DocumentedTree()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("```text\n", text.IndexOf("## The tree", StringComparison.Ordinal), StringComparison.Ordinal) + "```text\n".Length;
        var block = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        var entries = new List<string>();
        string? project = null;
        foreach (var line in block.Split('\n'))
        {
            var name = line.TrimStart().Split(' ')[0];
            var indent = line.Length - line.TrimStart().Length;
            if (!name.EndsWith('/'))
            {
                continue;
            }

            if (indent == 2)
            {
                project = name.TrimEnd('/');
                entries.Add(project);
            }
            else if (indent == 4 && project is not null)
            {
                entries.Add($"{project}/{name.TrimEnd('/')}");
            }
        }

        return entries;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
