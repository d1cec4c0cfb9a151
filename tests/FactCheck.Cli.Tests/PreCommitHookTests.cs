using System.Text.RegularExpressions;
using FactCheck.Core.Tests;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Cli.Tests;

/// <summary>
/// The pre-commit hook (<c>.pre-commit-hooks.yaml</c>) as pre-commit reads it: one <c>factcheck</c> hook whose file
/// filter passes exactly the drafts factcheck reads as text, Markdown or HTML, and whose entry, run on a staged
/// draft, prints one line per flag and exits as a commit hook must.
/// </summary>
public sealed class PreCommitHookTests : IDisposable
{
    private readonly YamlMappingNode _hook = ReadHook();
    private readonly CliHarness _cli = new() { Services = new CliServices { GetSetting = _ => null } };

    [Fact]
    public void The_hook_is_factcheck_built_by_pre_commits_dotnet_language()
    {
        Assert.Equal("factcheck", Scalar("id"));
        Assert.Equal("dotnet", Scalar("language"));
        Assert.StartsWith("factcheck check ", Scalar("entry"), StringComparison.Ordinal);
        // types_or, not types: pre-commit's types must all hold, and no file is text, Markdown and HTML at once.
        Assert.Equal(["text", "markdown", "html"], Sequence("types_or"));
        Assert.False(_hook.Children.ContainsKey(new YamlScalarNode("types")));
    }

    [Theory]
    [InlineData("story.txt", true)]
    [InlineData("desk/story.md", true)]
    [InlineData("story.markdown", true)]
    [InlineData("web/story.html", true)]
    [InlineData("story.htm", true)]
    [InlineData("story.docx", false)]
    [InlineData("factcheck.yaml", false)]
    [InlineData("src/Program.cs", false)]
    [InlineData("notes.txt.bak", false)]
    public void The_file_filter_passes_the_drafts_factcheck_reads(string path, bool passes)
    {
        // pre-commit matches "files" with Python's re.search; this pattern means the same in .NET.
        Assert.Equal(passes, Regex.IsMatch(path, Scalar("files")));
        if (passes)
        {
            Assert.NotNull(Core.Documents.DocumentReader.FormatFromName(path));
        }
    }

    [Fact]
    public async Task The_entry_on_a_drifted_draft_prints_one_line_per_flag_and_fails_the_commit()
    {
        _cli.Write("drifted-name.txt", File.ReadAllBytes(RepositoryRoot.Combine("samples", "drifted-name.txt")));
        _cli.Write("clean.md", "# Talks\n\nMinister Marta Nowak spoke in Warsaw on Thursday. Nowak said the talks went well.\n");

        var run = await _cli.RunAsync([.. Entry(), "drifted-name.txt", "clean.md"]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.OutLines);
        Assert.Matches(@"^drifted-name\.txt:7:49: warning name-mismatch: ", line);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task The_entry_on_clean_drafts_lets_the_commit_through()
    {
        _cli.Write("clean.md", "# Talks\n\nMinister Marta Nowak spoke in Warsaw on Thursday. Nowak said the talks went well.\n");

        var run = await _cli.RunAsync([.. Entry(), "clean.md"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    public void Dispose() => _cli.Dispose();

    private string[] Entry() => Scalar("entry").Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    private string Scalar(string key) => ((YamlScalarNode)_hook.Children[new YamlScalarNode(key)]).Value!;

    private string[] Sequence(string key) =>
        ((YamlSequenceNode)_hook.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!).ToArray();

    private static YamlMappingNode ReadHook()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryRoot.Combine(".pre-commit-hooks.yaml"));
        stream.Load(reader);
        var hooks = (YamlSequenceNode)stream.Documents.Single().RootNode;
        return (YamlMappingNode)Assert.Single(hooks.Children);
    }
}
