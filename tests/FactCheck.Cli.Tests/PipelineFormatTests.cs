using FactCheck.Core.Reports;
using FactCheck.Core.Tests;
using FactCheck.Core.Tests.Reports;
using Newtonsoft.Json.Linq;

namespace FactCheck.Cli.Tests;

/// <summary>The line and rdjson formats on the sample draft with the real rules, and every format name through <c>--format</c>.</summary>
public sealed class PipelineFormatTests : IDisposable
{
    private const string SampleLine =
        "drifted-name.txt:7:49: warning name-mismatch: \"Kravchenko\" matches no one introduced in this article; it resembles Kovalenko, introduced as \"Oleksiy Kovalenko\".";

    private readonly CliHarness _cli = new() { Services = new CliServices { GetSetting = _ => null } };

    public PipelineFormatTests()
    {
        _cli.Write("drifted-name.txt", File.ReadAllBytes(RepositoryRoot.Combine("samples", "drifted-name.txt")));
    }

    [Fact]
    public async Task Line_format_prints_exactly_one_line_per_flag_on_the_sample()
    {
        var run = await _cli.RunAsync("check", "--format", "line", "drifted-name.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(SampleLine + Environment.NewLine, run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Line_format_leaves_files_that_could_not_be_read_to_standard_error()
    {
        _cli.Write("empty.txt", "");

        var run = await _cli.RunAsync("check", "--format", "line", "drifted-name.txt", "empty.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([SampleLine], run.OutLines);
        Assert.Equal(["factcheck: empty.txt: the file is empty; there is nothing to check."], run.ErrorLines);
    }

    [Fact]
    public async Task Rdjson_on_the_sample_is_valid_and_carries_the_suggestion_as_a_replacement()
    {
        var run = await _cli.RunAsync("check", "--format", "rdjson", "drifted-name.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(RdjsonSchema.Validate(run.Out));
        var diagnostic = Assert.Single((JArray)JObject.Parse(run.Out)["diagnostics"]!);
        Assert.Equal("name-mismatch", (string?)diagnostic["code"]!["value"]);
        Assert.Equal("drifted-name.txt", (string?)diagnostic["location"]!["path"]);
        var suggestion = Assert.Single((JArray)diagnostic["suggestions"]!);
        Assert.Equal("Kovalenko", (string?)suggestion["text"]);
        Assert.Equal(new JObject { ["line"] = 7, ["column"] = 49 }, suggestion["range"]!["start"]);
        Assert.Equal(new JObject { ["line"] = 7, ["column"] = 59 }, suggestion["range"]!["end"]);
        Assert.Equal(SampleLine, (string?)diagnostic["original_output"]);
    }

    [Fact]
    public async Task Rdjson_columns_are_utf8_bytes_of_the_file_itself()
    {
        _cli.UseRules(new WordRule("Davutoglu"));
        _cli.Write("turkish.md", "# Çavuşoğlu in Ankara\n\nDışişleri Bakanı *Davutoglu* spoke.\n");

        var run = await _cli.RunAsync("check", "--format", "rdjson", "turkish.md");

        var range = JObject.Parse(run.Out)["diagnostics"]![0]!["location"]!["range"]!;
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("Dışişleri Bakanı *") + 1, (int)range["start"]!["column"]!);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("Dışişleri Bakanı *Davutoglu") + 1, (int)range["end"]!["column"]!);
    }

    [Fact]
    public async Task Every_format_name_is_accepted_and_written_by_its_own_writer()
    {
        foreach (var format in ReportFormat.All)
        {
            var run = await _cli.RunAsync("check", "--format", format.Name.ToUpperInvariant(), "drifted-name.txt");

            Assert.True(run.ExitCode == 1, $"{format}: exit {run.ExitCode}: {run.Error}");
            Assert.Contains("Kravchenko", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_format_names_every_accepted_one()
    {
        var run = await _cli.RunAsync("check", "--format", "xml", "drifted-name.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("expected text, json, sarif, line or rdjson", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
