using System.Text;

namespace FactCheck.Cli.Tests;

public sealed class InputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Directory_is_walked_recursively_for_known_extensions_skipping_hidden_and_build_directories()
    {
        _cli.Write("news/a.txt", "Davutoglu");
        _cli.Write("news/politics/b.md", "Davutoglu");
        _cli.Write("news/politics/c.markdown", "Davutoglu");
        _cli.Write("news/d.html", "Davutoglu");
        _cli.Write("news/e.htm", "Davutoglu");
        _cli.Write("news/notes.pdf", "Davutoglu");
        _cli.Write("news/.draft.txt", "Davutoglu");
        _cli.Write("news/.git/x.txt", "Davutoglu");
        _cli.Write("news/bin/x.txt", "Davutoglu");
        _cli.Write("news/obj/x.txt", "Davutoglu");
        _cli.Write("news/node_modules/x.md", "Davutoglu");

        var run = await _cli.RunAsync("check", "--format", "json", "news");

        var paths = Newtonsoft.Json.Linq.JObject.Parse(run.Out)["files"]!.Select(f => (string)f["path"]!).ToArray();
        Assert.Equal(
            [
                Path.Join("news", "a.txt"), Path.Join("news", "d.html"), Path.Join("news", "e.htm"),
                Path.Join("news", "politics", "b.md"), Path.Join("news", "politics", "c.markdown"),
            ],
            paths);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
    }

    [Fact]
    public async Task Directory_walk_does_not_follow_a_symbolic_link_back_up_the_tree()
    {
        _cli.Write("news/a.txt", "Davutoglu");
        Directory.CreateSymbolicLink(Path.Combine(_cli.Directory, "news", "loop"), Path.Combine(_cli.Directory, "news"));

        var run = await _cli.RunAsync("check", "news");

        Assert.Equal("1 file checked: 1 warning", run.OutLines[^1]);
    }

    [Fact]
    public async Task Same_file_named_twice_is_checked_once()
    {
        _cli.Write("news/a.txt", "Davutoglu");

        var run = await _cli.RunAsync("check", "news/a.txt", "news", "./news/a.txt");

        Assert.Equal("1 file checked: 1 warning", run.OutLines[^1]);
    }

    [Fact]
    public async Task Dash_reads_standard_input_as_stdin()
    {
        var run = await _cli.RunWithStdinAsync(Encoding.UTF8.GetBytes("Minister Cavusoglu.\nDavutoglu said.\n"), "check", "-");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal("<stdin>:2:1: warning test-word: \"Davutoglu\" is flagged by the test rule.", run.OutLines[0]);
    }

    [Fact]
    public async Task Stdin_format_is_passed_to_the_reader()
    {
        Core.Documents.DocumentFormat? seen = null;
        _cli.Services = _cli.Services with
        {
            ReadDocument = (name, content, options) =>
            {
                seen = options.Format;
                return Core.Documents.DocumentReader.Read(name, content, options);
            },
        };

        await _cli.RunWithStdinAsync(Encoding.UTF8.GetBytes("# Title"), "check", "--stdin-format", "markdown", "-");

        Assert.Equal(Core.Documents.DocumentFormat.Markdown, seen);
    }

    [Fact]
    public async Task Empty_standard_input_is_an_input_error()
    {
        var run = await _cli.RunWithStdinAsync([], "check", "-");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith("factcheck: <stdin>: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversize_standard_input_is_refused()
    {
        var run = await _cli.RunWithStdinAsync(new byte[5000], "check", "--max-size", "1KB", "-");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("over the 1,024-byte limit", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_option_reaches_the_rules_as_the_article_date()
    {
        var rule = new DateRecordingRule();
        _cli.UseRules(rule);
        _cli.Write("a.txt", "Text.");

        await _cli.RunAsync("check", "--date", "2026-11-27", "a.txt");

        Assert.Equal(new DateOnly(2026, 11, 27), rule.Seen);
    }

    [Fact]
    public async Task Max_size_accepts_a_limit_the_file_fits_under()
    {
        _cli.Write("a.txt", new string('a', 3000));

        var run = await _cli.RunAsync("check", "--max-size", "3KB", "a.txt");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
    }

    public void Dispose() => _cli.Dispose();

    private sealed class DateRecordingRule : Core.Rules.IRule
    {
        public DateOnly? Seen { get; private set; }

        public Core.Rules.RuleDescriptor Descriptor { get; } = new("test-date", "Test date", Core.Model.Severity.Info, "Records the article date.");

        public IEnumerable<Core.Model.Finding> Check(Core.Rules.RuleContext context)
        {
            Seen = context.Settings.ArticleDate;
            return [];
        }
    }
}
