using FactCheck.Core.Rules;

namespace FactCheck.Cli.Tests;

/// <summary>The CLI with the real document reader, the real rules and configuration files, end to end.</summary>
public sealed class RealInputTests : IDisposable
{
    private readonly CliHarness _cli = new() { Services = CliServices.Default };

    [Theory]
    [InlineData("binary.txt", new byte[] { 0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10, 0x13, 0x37, 0x00 })]
    [InlineData("broken.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x13, 0x37, 0x00, 0xFF, 0x42, 0x42 })]
    public async Task A_binary_or_corrupt_file_exits_2_with_one_line_and_the_others_are_still_checked(string name, byte[] content)
    {
        _cli.Write(name, content);
        _cli.Write("ok.txt", Drift);

        var run = await _cli.RunAsync("check", name, "ok.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith($"factcheck: {name}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("ok.txt:3:1: warning name-mismatch:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nearest_factcheck_yaml_applies_and_a_malformed_one_exits_2_with_file_and_line()
    {
        _cli.Write("desk/story.txt", Drift);
        _cli.Write("desk/factcheck.yaml", "rules:\n  name-mismatch:\n    severity: error\n");

        var configured = await _cli.RunAsync("check", "desk/story.txt", "--fail-on", "error");

        Assert.Equal(ExitCodes.Findings, configured.ExitCode);
        Assert.Contains("error name-mismatch", configured.Out, StringComparison.Ordinal);

        _cli.Write("desk/factcheck.yaml", "rules:\n  name-mismatc:\n    severity: error\n");

        var malformed = await _cli.RunAsync("check", "desk/story.txt");

        Assert.Equal(ExitCodes.InputError, malformed.ExitCode);
        Assert.Contains("factcheck.yaml:2:3: unknown rule id 'name-mismatc'", Assert.Single(malformed.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_config_that_turns_the_rule_off_clears_the_exit_code()
    {
        _cli.Write("story.txt", Drift);
        _cli.Write("quiet.yaml", "rules:\n  name-mismatch: false\n");

        var run = await _cli.RunAsync("check", "story.txt", "--config", "quiet.yaml");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.DoesNotContain("name-mismatch", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_without_an_endpoint_exits_2_with_what_to_set()
    {
        _cli.Write("story.txt", Drift);

        var run = await _cli.RunAsync("check", "story.txt", "--recognizer", "azure");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("endpoint", Assert.Single(run.ErrorLines), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _cli.Dispose();

    private const string Drift = """
        Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Monday.

        Davutoglu highlighted that the talks would continue.
        """;
}
