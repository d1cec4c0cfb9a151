using FactCheck.Core.Model;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class RuleTableTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static readonly string[] RequiredSections =
    [
        "## What it flags", "## Why it matters", "## Examples that flag", "## Examples that must not flag", "## How to fix",
        "## How to dismiss", "## What it deliberately does not detect",
    ];

    [Theory]
    [InlineData("README.md", "docs/rules/", false)]
    [InlineData("docs/rules/README.md", "", true)]
    public void Rule_table_matches_the_descriptors(string file, string linkBase, bool markersRequired)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        var table = RuleTable.Extract(text);
        if (table is null)
        {
            Assert.False(markersRequired, $"{file} has no {RuleTable.StartMarker} … {RuleTable.EndMarker} markers.");
            return;
        }

        var expected = RuleTable.Markdown(RuleCatalog.Descriptors, linkBase).TrimEnd('\n');
        Assert.True(expected == table, $"The rule table in {file} is stale. Put this between the markers:\n{expected}");
    }

    [Fact]
    public void Every_rule_has_a_documentation_page_with_every_section()
    {
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            var page = Path.Combine(Root, descriptor.HelpPath);
            Assert.True(File.Exists(page), $"{descriptor.HelpPath} is missing.");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}", text, StringComparison.Ordinal);
            foreach (var section in RequiredSections)
            {
                Assert.True(text.Contains(section, StringComparison.Ordinal), $"{descriptor.HelpPath} lacks '{section}'.");
            }
        }
    }

    [Fact]
    public void Every_page_under_docs_rules_is_a_rule_the_catalog_has()
    {
        var pages = RuleCatalog.Descriptors.Select(d => Path.GetFullPath(Path.Combine(Root, d.HelpPath))).ToHashSet(StringComparer.Ordinal);

        var stale = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "*.md")
            .Where(page => Path.GetFileName(page) != "README.md" && !pages.Contains(Path.GetFullPath(page)))
            .Select(Path.GetFileName)
            .ToArray();

        Assert.True(stale.Length == 0, $"docs/rules has pages of rules RuleCatalog does not have: {string.Join(", ", stale)}.");
    }

    [Fact]
    public void Rule_ids_are_unique_kebab_case()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void Markdown_escapes_pipes_and_replace_keeps_the_text_around_the_markers()
    {
        var table = RuleTable.Markdown([new RuleDescriptor("a-b", "A | B", Severity.Warning, "one | two")], "");
        Assert.Equal("| Rule | Severity | Title | What it flags |\n| --- | --- | --- | --- |\n| [`a-b`](a-b.md) | warning | A \\| B | one \\| two |\n", table);
        var document = $"before\n{RuleTable.StartMarker}\nold\n{RuleTable.EndMarker}\nafter\n";
        var replaced = RuleTable.Replace(document, table);
        Assert.Equal(table.TrimEnd('\n'), RuleTable.Extract(replaced));
        Assert.StartsWith("before\n", replaced, StringComparison.Ordinal);
        Assert.EndsWith($"{RuleTable.EndMarker}\nafter\n", replaced, StringComparison.Ordinal);
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
