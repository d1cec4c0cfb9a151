using FactCheck.Core.Tests.Reports;
using Newtonsoft.Json.Linq;

namespace FactCheck.Cli.Tests;

public sealed class OutputTests : IDisposable
{
    private const string Article = "Foreign Minister Mevlut Cavusoglu spoke.\n\tThen Davutoglu highlighted the talks.\n";

    private readonly CliHarness _cli = new();

    public OutputTests()
    {
        _cli.Write("drift.txt", Article);
        _cli.Write("empty.txt", "");
    }

    [Fact]
    public async Task Text_format_prints_the_line_format_with_a_caret_under_the_span()
    {
        var run = await _cli.RunAsync("check", "drift.txt");

        var lines = run.OutLines;
        Assert.Equal("drift.txt:2:7: warning test-word: \"Davutoglu\" is flagged by the test rule.", lines[0]);
        Assert.Equal("      Then Davutoglu highlighted the talks.", lines[1]);
        Assert.Equal(lines[1].IndexOf("Davutoglu", StringComparison.Ordinal), lines[2].IndexOf('^', StringComparison.Ordinal));
        Assert.Equal("^~~~~~~~~", lines[2].Trim());
        Assert.Equal("  suggestion: Cavusoglu", lines[3]);
        Assert.Equal("1 file checked: 1 warning", lines[^1]);
    }

    [Fact]
    public async Task Json_format_has_the_documented_fields()
    {
        var run = await _cli.RunAsync("check", "--format", "json", "drift.txt", "empty.txt");

        var json = JObject.Parse(run.Out);
        Assert.Equal(1, (int)json["version"]!);
        var checkedFile = json["files"]![0]!;
        Assert.Equal("drift.txt", (string?)checkedFile["path"]);
        Assert.Equal("local", (string?)checkedFile["recognizer"]);
        Assert.NotNull(checkedFile["entities"]);
        var flag = checkedFile["flags"]![0]!;
        Assert.Equal("test-word", (string?)flag["rule"]);
        Assert.Equal("warning", (string?)flag["severity"]);
        Assert.Equal(Article.IndexOf("Davutoglu", StringComparison.Ordinal), (int)flag["offset"]!);
        Assert.Equal(9, (int)flag["length"]!);
        Assert.Equal(2, (int)flag["line"]!);
        Assert.Equal(7, (int)flag["column"]!);
        Assert.Equal("Davutoglu", (string?)flag["text"]);
        Assert.Equal("Cavusoglu", (string?)flag["suggestion"]);
        Assert.Matches("^[0-9a-f]{16}$", (string?)flag["id"]);
        var failed = json["files"]![1]!;
        Assert.Equal("empty.txt", (string?)failed["path"]);
        Assert.Contains("empty", (string?)failed["error"], StringComparison.Ordinal);
        Assert.Equal(1, (int)json["summary"]!["warnings"]!);
        Assert.Equal(1, (int)json["summary"]!["failedFiles"]!);
    }

    [Fact]
    public async Task Sarif_format_validates_and_lists_the_rules_the_run_used()
    {
        var run = await _cli.RunAsync("check", "--format", "sarif", "drift.txt", "empty.txt");

        Assert.Empty(SarifSchema.Validate(run.Out));
        var sarif = JObject.Parse(run.Out);
        var runObject = sarif["runs"]![0]!;
        Assert.Equal("test-word", (string?)runObject["tool"]!["driver"]!["rules"]![0]!["id"]);
        var result = runObject["results"]![0]!;
        Assert.Equal("test-word", (string?)result["ruleId"]);
        Assert.Equal("drift.txt", (string?)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.False((bool)runObject["invocations"]![0]!["executionSuccessful"]!);
    }

    [Fact]
    public async Task Output_option_writes_the_report_to_the_file_and_nothing_to_stdout()
    {
        var run = await _cli.RunAsync("check", "--format", "json", "--output", "report.json", "drift.txt");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal("", run.Out);
        var json = JObject.Parse(File.ReadAllText(Path.Combine(_cli.Directory, "report.json")));
        Assert.Equal("drift.txt", (string?)json["files"]![0]!["path"]);
    }

    [Fact]
    public async Task Colour_is_used_on_a_terminal_unless_no_color_is_set()
    {
        _cli.Console = console => console with { IsOutputTerminal = true };
        var coloured = await _cli.RunAsync("check", "drift.txt");
        _cli.Console = console => console with { IsOutputTerminal = true, NoColor = true };
        var noColor = await _cli.RunAsync("check", "drift.txt");
        _cli.Console = console => console with { IsOutputTerminal = true };
        var toFile = await _cli.RunAsync("check", "--output", "report.txt", "drift.txt");

        Assert.Contains('\u001b', coloured.Out);
        Assert.DoesNotContain('\u001b', noColor.Out);
        Assert.DoesNotContain('\u001b', File.ReadAllText(Path.Combine(_cli.Directory, "report.txt")));
        Assert.Equal(ExitCodes.Findings, toFile.ExitCode);
    }

    [Fact]
    public async Task Progress_bar_on_a_terminal_does_not_touch_the_report()
    {
        for (var i = 0; i < 7; i++)
        {
            _cli.Write($"many/{i}.txt", "Davutoglu");
        }

        _cli.Console = console => console with { IsErrorTerminal = true };
        var run = await _cli.RunAsync("check", "--format", "json", "many");

        Assert.Equal(7, ((JArray)JObject.Parse(run.Out)["files"]!).Count);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
    }

    [Fact]
    public async Task Help_goes_to_stdout_and_exits_0()
    {
        var run = await _cli.RunAsync("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--fail-on", run.Out, StringComparison.Ordinal);
        Assert.Contains("--max-size", run.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
