using FactCheck.Core.Model;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

public sealed class TextReportWriterTests
{
    [Fact]
    public void Flag_prints_header_source_line_caret_suggestion_and_related()
    {
        var lines = Lines(TextReportWriter.Write(new Report([SampleReports.Checked()])));

        Assert.Equal("drafts/turkey.txt:1:66: info unintroduced-name: \"Monday\" is mentioned before it is introduced.", lines[0]);
        Assert.Equal("drafts/turkey.txt:2:1: warning name-mismatch: \"Davutoglu\" does not match the introduced \"Mevlut Cavusoglu\".", lines[3]);
        Assert.Equal("  Davutoglu highlighted the talks.", lines[4]);
        Assert.Equal("  ^~~~~~~~~", lines[5]);
        Assert.Equal("  suggestion: Cavusoglu", lines[6]);
        Assert.Equal("  related: 1:26 \"Mevlut Cavusoglu\"", lines[7]);
        Assert.Equal("1 file checked: 1 warning, 1 info", lines[^1]);
    }

    [Fact]
    public void Flags_are_printed_in_report_order_and_the_caret_sits_under_the_span()
    {
        var lines = Lines(TextReportWriter.Write(new Report([SampleReports.Checked()])));

        var source = lines[1];
        var caret = lines[2];
        Assert.Equal(source.IndexOf("Monday", StringComparison.Ordinal), caret.IndexOf('^', StringComparison.Ordinal));
        Assert.Equal("^~~~~~", caret.Trim());
    }

    [Fact]
    public void Tabs_are_expanded_so_the_caret_still_lines_up()
    {
        const string text = "\tMinister\tDavutoglu said";
        var excerpt = SourceExcerpt.Create(text, text.IndexOf("Davutoglu", StringComparison.Ordinal), 9)!;

        Assert.DoesNotContain('\t', excerpt.Line);
        Assert.Equal("    Minister    Davutoglu said", excerpt.Line);
        Assert.Equal(excerpt.Line.IndexOf("Davutoglu", StringComparison.Ordinal), excerpt.Caret.IndexOf('^', StringComparison.Ordinal));
        Assert.Equal("^~~~~~~~~", excerpt.Caret.Trim());
    }

    [Fact]
    public void Long_lines_are_windowed_around_the_span()
    {
        var text = new string('a', 300) + " Davutoglu " + new string('b', 300);
        var offset = text.IndexOf("Davutoglu", StringComparison.Ordinal);

        var excerpt = SourceExcerpt.Create(text, offset, 9)!;

        Assert.True(excerpt.Line.Length <= SourceExcerpt.MaxWidth, excerpt.Line);
        Assert.StartsWith("...", excerpt.Line, StringComparison.Ordinal);
        Assert.EndsWith("...", excerpt.Line, StringComparison.Ordinal);
        Assert.Equal("Davutoglu", excerpt.Line.Substring(excerpt.CaretStart, excerpt.CaretLength));
    }

    [Fact]
    public void Span_at_the_start_of_a_long_line_is_not_prefixed()
    {
        var text = "Davutoglu " + new string('b', 300);

        var excerpt = SourceExcerpt.Create(text, 0, 9)!;

        Assert.Equal(0, excerpt.CaretStart);
        Assert.EndsWith("...", excerpt.Line, StringComparison.Ordinal);
        Assert.Equal("Davutoglu", excerpt.Line[..9]);
    }

    [Fact]
    public void Span_over_a_line_break_is_underlined_to_the_end_of_its_first_line()
    {
        const string text = "Mevlut\nCavusoglu";

        var excerpt = SourceExcerpt.Create(text, 0, text.Length)!;

        Assert.Equal("Mevlut", excerpt.Line);
        Assert.Equal("^~~~~~", excerpt.Caret);
    }

    [Fact]
    public void Failed_file_prints_path_error_reason_and_counts_in_the_summary()
    {
        var lines = Lines(TextReportWriter.Write(SampleReports.Mixed()));

        Assert.Contains("drafts/empty.txt: error: the file is empty; there is nothing to check.", lines);
        Assert.Equal("2 files checked: 1 warning, 1 info; 1 file could not be read", lines[^1]);
    }

    [Theory]
    [InlineData(3, 0, 0, 0, 0, "3 files checked: no flags")]
    [InlineData(1, 2, 1, 0, 0, "1 file checked: 2 errors, 1 warning")]
    [InlineData(4, 0, 2, 2, 1, "3 files checked: 2 warnings, 2 info; 1 file could not be read")]
    [InlineData(2, 0, 0, 0, 2, "0 files checked: no flags; 2 files could not be read")]
    public void Summary_line_counts_flags_and_failed_files(int files, int errors, int warnings, int infos, int failed, string expected)
    {
        Assert.Equal(expected, TextReportWriter.SummaryLine(new ReportSummary(files, errors, warnings, infos, failed)));
    }

    [Fact]
    public void Colour_is_written_only_when_asked_for()
    {
        var report = new Report([SampleReports.Checked()]);

        Assert.DoesNotContain('\u001b', TextReportWriter.Write(report));
        var coloured = TextReportWriter.Write(report, new TextReportOptions { Color = true });
        Assert.Contains("\u001b[1;33mwarning\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[2mname-mismatch:\u001b[0m", coloured, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_text_the_flag_is_printed_without_an_excerpt()
    {
        var file = new FileReport("a.docx") { Flags = [SampleReports.Drift with { Severity = Severity.Error }] };

        var lines = Lines(TextReportWriter.Write(new Report([file])));

        Assert.StartsWith("a.docx:2:1: error name-mismatch: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("  suggestion: Cavusoglu", lines[1]);
    }

    private static string[] Lines(string output) => output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}
