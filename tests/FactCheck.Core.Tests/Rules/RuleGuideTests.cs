using System.Reflection;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Tests.Rules;

/// <summary>
/// docs/rules/README.md ("Writing a rule") names the types and members a rule author uses; every one must exist in
/// FactCheck.Core, so the guide cannot go on documenting an API that is gone (it named <c>TextIndex.Of</c> after it
/// was removed). A code span's capitalized parts are checked: <c>Type.Member</c> as a member of that type, a lone name
/// as a public type or member; lower-case parts are the guide's variables (<c>context</c>, <c>word</c>).
/// </summary>
public sealed partial class RuleGuideTests
{
    private static readonly Assembly Core = Assembly.Load("FactCheck.Core");

    [Fact]
    public void Every_type_and_member_the_guide_names_exists()
    {
        var types = Core.GetExportedTypes().ToLookup(t => t.Name.Split('`')[0], StringComparer.Ordinal);
        var members = Core.GetExportedTypes().SelectMany(t => t.GetMembers()).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var names = Names(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md"))).ToArray();

        var missing = names.Where(name => !Exists(name, types, members)).ToArray();

        Assert.Contains("RuleTable.Markdown", names);
        Assert.True(missing.Length == 0, $"docs/rules/README.md names what FactCheck.Core does not have: {string.Join(", ", missing)}.");
    }

    [Fact]
    public void A_member_is_looked_up_on_the_type_that_names_it()
    {
        var types = Core.GetExportedTypes().ToLookup(t => t.Name.Split('`')[0], StringComparer.Ordinal);
        var members = Core.GetExportedTypes().SelectMany(t => t.GetMembers()).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        Assert.False(Exists("TextIndex.Of", types, members));
        Assert.True(Exists("TextIndex.Words", types, members));
    }

    /// <summary>The code spans that read as API names (no spaces, paths or flags), call and index arguments removed.</summary>
    private static IEnumerable<string> Names(string markdown) =>
        CodeSpan().Matches(markdown).Select(m => m.Groups["code"].Value)
            .Where(code => !code.Contains(' ') && !code.Contains('/') && !code.StartsWith('-') && !code.Contains('*') && !code.EndsWith(".yaml", StringComparison.Ordinal) && !code.EndsWith(".md", StringComparison.Ordinal))
            .Select(code => Arguments().Replace(code, ""))
            .Where(code => code.Split('.').Any(part => part.Length > 0 && char.IsUpper(part[0])))
            .Distinct(StringComparer.Ordinal);

    private static bool Exists(string name, ILookup<string, Type> types, HashSet<string> members)
    {
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || !char.IsUpper(part[0]))
            {
                continue;
            }

            var owner = i > 0 ? types[parts[i - 1]].ToArray() : [];
            var found = owner.Length > 0
                ? owner.Any(t => t.GetMember(part).Length > 0)
                : types.Contains(part) || members.Contains(part);
            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Arguments();

    private static string RepositoryRoot()
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
