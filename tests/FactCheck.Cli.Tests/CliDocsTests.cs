using System.CommandLine;
using System.Text.RegularExpressions;

namespace FactCheck.Cli.Tests;

/// <summary>
/// docs/cli.md documents the command line the code defines: every option of every command (each of its names, in
/// backticks, in that command's section), and no option the command no longer has. The list comes from the
/// System.CommandLine definitions themselves, so a new option fails here until it is documented; the failure prints a
/// table row to start from.
/// </summary>
public sealed partial class CliDocsTests
{
    private static readonly string Root = FindRepositoryRoot();

    /// <summary>Every command that runs, by its full name: a group such as <c>archive</c> gives its subcommands (<c>archive import</c>).</summary>
    public static TheoryData<string> Commands() => [.. Leaves(RootCommand(), "").Select(l => l.Name)];

    private static IEnumerable<(string Name, Command Command)> Leaves(Command parent, string prefix) =>
        parent.Subcommands.SelectMany(c => c.Subcommands.Count == 0 ? [(prefix + c.Name, c)] : Leaves(c, prefix + c.Name + " "));

    private static Command Find(string name) => Leaves(RootCommand(), "").Single(l => l.Name == name).Command;

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_option_of_the_command_is_documented_in_its_section(string name)
    {
        var command = Find(name);
        var section = Section(name);

        var missing = command.Options.Where(o => !Names(o).All(n => IsDocumented(section, n))).ToArray();

        Assert.True(missing.Length == 0, $"docs/cli.md, section `factcheck {name}`, lacks {string.Join(", ", missing.Select(o => o.Name))}. Rows to start from:\n"
            + string.Join("\n", missing.Select(Row)));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_section_documents_no_option_the_command_does_not_have(string name)
    {
        var command = Find(name);
        var known = command.Options.SelectMany(Names).Append("--help").Append("-h").ToHashSet(StringComparer.Ordinal);

        var stale = DocumentedOption().Matches(Section(name)).Select(m => m.Groups["name"].Value).Where(n => !known.Contains(n)).Distinct().ToArray();

        Assert.True(stale.Length == 0, $"docs/cli.md, section `factcheck {name}`, documents {string.Join(", ", stale)}, which the command does not have.");
    }

    [Fact]
    public void Every_command_has_a_section()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "cli.md"));

        Assert.All(Leaves(RootCommand(), ""), c => Assert.Contains($"\n## `factcheck {c.Name}", text, StringComparison.Ordinal));
    }

    /// <summary>The name opens a code span, alone or before its value (<c>`--port`</c>, <c>`--port PORT`</c>), not as the start of a longer name.</summary>
    private static bool IsDocumented(string section, string name) =>
        section.Contains($"`{name}`", StringComparison.Ordinal) || section.Contains($"`{name} ", StringComparison.Ordinal);

    private static RootCommand RootCommand() => CliApp.CreateRootCommand(new CliConsole(TextWriter.Null, TextWriter.Null), CliServices.Default);

    private static IEnumerable<string> Names(Option option) => option.Aliases.Prepend(option.Name);

    /// <summary>The text from <c>## `factcheck NAME</c> to the next second-level heading.</summary>
    private static string Section(string command)
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "cli.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf($"\n## `factcheck {command}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/cli.md has no section headed ## `factcheck {command} …`.");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static string Row(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name).Select(n => $"`{n}`"));
        var value = option.HelpName is { Length: > 0 } help ? $" {help.Replace("|", "\\|", StringComparison.Ordinal)}" : "";
        return $"| {names.TrimEnd('`')}{value}` | | {option.Description} |";
    }

    /// <summary>An option name at the start of a code span: <c>`--name</c> or <c>`-n`</c>.</summary>
    [GeneratedRegex(@"`(?<name>--?[a-z][a-z-]*)")]
    private static partial Regex DocumentedOption();

    internal static string FindRepositoryRoot()
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
