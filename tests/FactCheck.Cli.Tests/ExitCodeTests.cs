using FactCheck.Core.Model;

namespace FactCheck.Cli.Tests;

public sealed class ExitCodeTests : IDisposable
{
    private const string Drifted = "Foreign Minister Mevlut Cavusoglu spoke.\nDavutoglu highlighted the talks.\n";
    private const string Clean = "Foreign Minister Mevlut Cavusoglu spoke.\nCavusoglu highlighted the talks.\n";

    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Clean_file_exits_0()
    {
        _cli.Write("clean.txt", Clean);

        var run = await _cli.RunAsync("check", "clean.txt");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal("1 file checked: no flags", run.OutLines[^1]);
    }

    [Fact]
    public async Task Warning_exits_1_at_the_default_threshold()
    {
        _cli.Write("drift.txt", Drifted);

        var run = await _cli.RunAsync("check", "drift.txt");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData(Severity.Warning, "none", 0)]
    [InlineData(Severity.Warning, "error", 0)]
    [InlineData(Severity.Warning, "warning", 1)]
    [InlineData(Severity.Warning, "info", 1)]
    [InlineData(Severity.Info, "warning", 0)]
    [InlineData(Severity.Info, "info", 1)]
    [InlineData(Severity.Error, "error", 1)]
    [InlineData(Severity.Error, "none", 0)]
    public async Task Fail_on_sets_the_threshold(Severity severity, string failOn, int expected)
    {
        _cli.UseRules(new WordRule("Davutoglu", severity));
        _cli.Write("drift.txt", Drifted);

        var run = await _cli.RunAsync("check", "--fail-on", failOn, "drift.txt");

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public async Task Input_error_beats_findings()
    {
        _cli.Write("drift.txt", Drifted);
        _cli.Write("empty.txt", "");

        var run = await _cli.RunAsync("check", "drift.txt", "empty.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("drift.txt:2:1: warning test-word:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Internal_error_in_one_file_exits_3_with_one_line_and_the_other_files_are_still_checked()
    {
        _cli.Services = _cli.Services with
        {
            ReadDocument = (name, content, options) => name.EndsWith("bug.txt", StringComparison.Ordinal)
                ? throw new InvalidOperationException("reader bug\nsecond line")
                : Core.Documents.DocumentReader.Read(name, content, options),
        };
        _cli.Write("bug.txt", "text");
        _cli.Write("drift.txt", Drifted);

        var run = await _cli.RunAsync("check", "bug.txt", "drift.txt");

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(["factcheck: bug.txt: internal error: InvalidOperationException: reader bug second line"], run.ErrorLines);
        Assert.Contains("drift.txt:2:1: warning test-word:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failure_while_composing_the_check_is_one_line_and_exit_3()
    {
        _cli.Services = _cli.Services with { CreateRules = () => throw new InvalidOperationException("no rules today") };
        _cli.Write("clean.txt", Clean);

        var run = await _cli.RunAsync("check", "clean.txt");

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(["factcheck: internal error: InvalidOperationException: no rules today"], run.ErrorLines);
    }

    [Fact]
    public async Task Cancellation_exits_130_with_one_line()
    {
        _cli.Write("clean.txt", Clean);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var exitCode = await CliApp.RunAsync(["check", "clean.txt"], new CliConsole(stdout, stderr) { WorkingDirectory = _cli.Directory }, _cli.Services, cancelled.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.Equal("factcheck: cancelled", stderr.ToString().Trim());
    }

    public void Dispose() => _cli.Dispose();
}
