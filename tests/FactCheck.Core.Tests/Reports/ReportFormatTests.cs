using System.Text.RegularExpressions;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

public sealed partial class ReportFormatTests
{
    [Theory]
    [InlineData("text", "text")]
    [InlineData("JSON", "json")]
    [InlineData(" sarif ", "sarif")]
    [InlineData("Line", "line")]
    [InlineData("rdjson", "rdjson")]
    public void Names_parse_ignoring_case_and_blanks(string given, string expected)
    {
        Assert.True(ReportFormat.TryParse(given, out var format));

        Assert.Equal(expected, format.Name);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("rd-json")]
    public void Other_names_are_refused(string? given)
    {
        Assert.False(ReportFormat.TryParse(given, out _));
    }

    [Fact]
    public void Every_format_has_its_own_name_and_the_choices_list_them_all()
    {
        Assert.Equal(["text", "json", "sarif", "line", "rdjson"], ReportFormat.All.Select(f => f.Name));
        Assert.Equal("text, json, sarif, line or rdjson", ReportFormat.Choices);
        Assert.All(ReportFormat.All, f => Assert.False(string.IsNullOrWhiteSpace(f.ContentType)));
        Assert.Equal("application/sarif+json", ReportFormat.Sarif.ContentType);
    }

    [Fact]
    public void Every_format_writes_the_report_through_its_own_writer()
    {
        var report = SampleReports.Mixed();

        Assert.Equal(TextReportWriter.Write(report), ReportFormat.Text.Write(report));
        Assert.Equal(JsonReportWriter.Write(report) + Environment.NewLine, ReportFormat.Json.Write(report));
        Assert.Equal(SarifReportWriter.Write(report) + Environment.NewLine, ReportFormat.Sarif.Write(report));
        Assert.Equal(LineReportWriter.Write(report), ReportFormat.Line.Write(report));
        Assert.Equal(RdjsonReportWriter.Write(report) + Environment.NewLine, ReportFormat.Rdjson.Write(report));
    }

    /// <summary>
    /// The format names are mapped in <see cref="ReportFormat"/> only: a host that spells a name, or a list of them,
    /// in its own code (as the CLI's enum and the HTTP handler's string checks once did) makes this fail.
    /// </summary>
    [Fact]
    public void No_source_file_but_ReportFormat_spells_a_format_name()
    {
        var home = Path.Combine("src", "FactCheck.Core", "Reports", "ReportFormat.cs");
        var offenders = Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(home, StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepositoryRoot.Path, f), Line: i + 1, Text: line)))
            .Where(l => FormatNameLiteral().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Format names outside ReportFormat.cs:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_source_scan_recognises_the_ways_a_name_was_spelled_before()
    {
        Assert.Matches(FormatNameLiteral(), """if (formatText.Equals("sarif", StringComparison.OrdinalIgnoreCase))""");
        Assert.Matches(FormatNameLiteral(), """HelpName = "text|json|sarif",""");
        Assert.Matches(FormatNameLiteral(), """$"format '{formatText}' is not one of json, sarif." """);
        Assert.Matches(FormatNameLiteral(), """case "rdjson":""");
        Assert.DoesNotMatch(FormatNameLiteral(), """response.ContentType = "application/json";""");
        Assert.DoesNotMatch(FormatNameLiteral(), """json["text"] = location.Text;""");
    }

    // A quoted "sarif" or "rdjson" (names nothing but a format), or two format names listed together as help texts and
    // messages list them ("json, sarif", "text|json", "json or sarif"); "text" and "json" alone are JSON fields too.
    [GeneratedRegex("""(?i:"(sarif|rdjson)")|\b(text|json|sarif|line|rdjson)(, | or |\|)(text|json|sarif|line|rdjson)\b""")]
    private static partial Regex FormatNameLiteral();
}
