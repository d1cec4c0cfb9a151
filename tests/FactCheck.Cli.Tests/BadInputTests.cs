using FactCheck.Core.Documents;

namespace FactCheck.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public static TheoryData<string, string[], string> UsageErrors => new()
    {
        { "unknown option", ["check", "--bogus", "a.txt"], "unknown option '--bogus'" },
        { "missing path", ["check"], "Required argument missing" },
        { "no command", [], "Required command was not provided" },
        { "bad format", ["check", "--format", "xml", "a.txt"], "--format: 'xml' is not valid; expected text, json, sarif, line or rdjson." },
        { "bad fail-on", ["check", "--fail-on", "severe", "a.txt"], "--fail-on: 'severe' is not valid" },
        { "bad size", ["check", "--max-size", "ten", "a.txt"], "--max-size: 'ten' is not valid" },
        { "bad date", ["check", "--date", "27/11/2026", "a.txt"], "--date: '27/11/2026' is not valid; expected a date as YYYY-MM-DD." },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task Usage_error_exits_2_with_one_line(string because, string[] args, string expected)
    {
        _cli.Write("a.txt", "Davutoglu spoke.");

        var run = await _cli.RunAsync(args);

        Assert.True(run.ExitCode == ExitCodes.InputError, because);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Empty_file_exits_2_naming_the_file()
    {
        _cli.Write("empty.txt", "");

        var run = await _cli.RunAsync("check", "empty.txt");

        AssertOneInputError(run, "empty.txt", "empty");
    }

    [Fact]
    public async Task Oversize_file_exits_2_naming_the_file_and_the_limit()
    {
        _cli.Write("big.txt", new string('a', 3000));

        var run = await _cli.RunAsync("check", "--max-size", "2KB", "big.txt");

        AssertOneInputError(run, "big.txt", "over the 2,048-byte limit");
    }

    [Fact]
    public async Task Missing_path_exits_2_naming_it()
    {
        var run = await _cli.RunAsync("check", "nowhere/draft.txt");

        AssertOneInputError(run, "nowhere/draft.txt", "no such file or directory");
    }

    [Fact]
    public async Task Unknown_extension_exits_2_naming_the_file_and_the_supported_types()
    {
        _cli.Write("draft.pdf", "%PDF-1.7");

        var run = await _cli.RunAsync("check", "draft.pdf");

        AssertOneInputError(run, "draft.pdf", "unsupported file type '.pdf'");
    }

    [Fact]
    public async Task Directory_without_drafts_exits_2()
    {
        _cli.Write("assets/logo.png", [0x89, 0x50, 0x4E, 0x47]);

        var run = await _cli.RunAsync("check", "assets");

        AssertOneInputError(run, "assets", "no .txt .md .markdown .html .htm .docx files");
    }

    [Fact]
    public async Task Reader_refusal_of_a_corrupt_docx_exits_2_with_the_reason_once()
    {
        // The reader's own message names the file; the CLI must not repeat the name or add a stack trace.
        _cli.Services = _cli.Services with
        {
            ReadDocument = (name, content, options) => name.EndsWith(".docx", StringComparison.Ordinal)
                ? throw new DocumentInputException($"{name}: the file is not a valid .docx (the zip container is damaged); re-save it from Word.", new InvalidDataException("bad zip"))
                : DocumentReader.Read(name, content, options),
        };
        _cli.Write("broken.docx", [0x13, 0x37, 0x00, 0xFF, 0x42]);

        var run = await _cli.RunAsync("check", "broken.docx");

        AssertOneInputError(run, "broken.docx", "the file is not a valid .docx");
        Assert.Equal("factcheck: broken.docx: the file is not a valid .docx (the zip container is damaged); re-save it from Word.", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Multi_file_run_reports_the_bad_file_and_still_checks_the_others()
    {
        _cli.Write("a.txt", "Davutoglu spoke.");
        _cli.Write("empty.txt", "");
        _cli.Write("b.txt", "Davutoglu again.");

        var run = await _cli.RunAsync("check", "a.txt", "empty.txt", "b.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("a.txt:1:1: warning test-word:", run.Out, StringComparison.Ordinal);
        Assert.Contains("b.txt:1:1: warning test-word:", run.Out, StringComparison.Ordinal);
        Assert.Contains("empty.txt: error: the file is empty", run.Out, StringComparison.Ordinal);
        Assert.Equal("2 files checked: 2 warnings; 1 file could not be read", run.OutLines[^1]);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task Unwritable_output_file_exits_2_with_one_line()
    {
        _cli.Write("a.txt", "Cavusoglu spoke.");

        var run = await _cli.RunAsync("check", "--output", "missing-dir/report.json", "a.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: cannot write the report to missing-dir/report.json: ", line, StringComparison.Ordinal);
    }

    private static void AssertOneInputError(CliRun run, string path, string reason)
    {
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"factcheck: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: error: ", run.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
