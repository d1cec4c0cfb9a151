using FactCheck.Core.Model;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

public sealed class LineReportWriterTests
{
    [Fact]
    public void Prints_one_compiler_style_line_per_flag_and_nothing_else()
    {
        var output = LineReportWriter.Write(SampleReports.Mixed());

        Assert.Equal(
            "drafts/turkey.txt:1:66: info unintroduced-name: \"Monday\" is mentioned before it is introduced." + Environment.NewLine +
            "drafts/turkey.txt:2:1: warning name-mismatch: \"Davutoglu\" does not match the introduced \"Mevlut Cavusoglu\"." + Environment.NewLine,
            output);
    }

    [Fact]
    public void Has_no_excerpt_summary_colour_or_line_for_a_file_that_could_not_be_checked()
    {
        var output = LineReportWriter.Write(SampleReports.Mixed());

        Assert.DoesNotContain("^~", output, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.DoesNotContain("empty.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_flags_prints_nothing()
    {
        Assert.Equal(string.Empty, LineReportWriter.Write(new Report([new FileReport("clean.md")])));
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("carriage\r\nreturn")]
    [InlineData("unicode\u2028separator")]
    public void A_line_break_in_the_message_or_path_does_not_start_a_second_line(string message)
    {
        var flag = SampleReports.Drift with { Message = message };

        var output = LineReportWriter.Write(new Report([new FileReport("odd\nname.txt") { Flags = [flag] }]));

        Assert.Single(output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("odd name.txt:2:1: warning name-mismatch: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_is_the_text_formats_header_without_colour()
    {
        var flag = SampleReports.Drift with { Severity = Severity.Error };

        Assert.Equal(TextReportWriter.FormatHeader("a.txt", flag), LineReportWriter.FormatLine("a.txt", flag));
    }
}
