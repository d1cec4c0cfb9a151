using FactCheck.Core.Entities;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

public sealed class JsonReportReaderTests
{
    [Fact]
    public void Reading_a_written_report_gives_back_the_same_report()
    {
        var report = new Report(
        [
            SampleReports.Checked() with
            {
                Recognizer = "azure",
                Usage = new RecognitionUsage(1, 2),
                Diagnostics = [new RecognizerDiagnostic("warning", "DocumentTruncated", "Truncated.")],
            },
            FileReport.Failed("drafts/empty.txt", "the file is empty; there is nothing to check."),
        ]);
        var json = JsonReportWriter.Write(report);

        var read = JsonReportReader.Read(json);

        Assert.Equal(json, JsonReportWriter.Write(read));
        Assert.Equal(SampleReports.Drift.Location, read.Files[0].Flags[1].Location);
        Assert.Equal("Cavusoglu", read.Files[0].Flags[1].Suggestion);
        Assert.Null(read.Files[0].Flags[0].Suggestion);
        Assert.Equal(EntityCategory.Person, read.Files[0].Entities[0].Category);
    }

    [Fact]
    public void An_archive_flag_reads_back_with_its_evidence_and_only_its_in_text_related_places()
    {
        var json = JsonReportWriter.Write(new Report([SampleReports.Checked() with { Flags = [SampleReports.ArchiveVariant] }]));

        var flag = Assert.Single(JsonReportReader.Read(json).Files[0].Flags);

        Assert.Empty(flag.Related);
        Assert.Equal(SampleReports.ArchiveVariant.Archive!.ArchiveSide, flag.Archive!.ArchiveSide);
        Assert.Equal(SampleReports.ArchiveVariant.Archive.Articles, flag.Archive.Articles);
        Assert.Equal(json, JsonReportWriter.Write(JsonReportReader.Read(json)));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"version":2,"files":[]}""", "version 2")]
    [InlineData("""{"version":1,"files":[{"recognizer":"local"}]}""", "lacks 'path'")]
    [InlineData("""{"version":1,"files":[{"path":"a","flags":[{"id":"x","rule":"r","severity":"fatal","message":"m"}]}]}""", "Unknown severity 'fatal'")]
    [InlineData("""{"version":1,"files":[{"path":"a","entities":[{"text":"t","category":"Planet","offset":0,"length":1}]}]}""", "Unknown entity category 'Planet'")]
    public void Malformed_reports_are_refused_with_a_reason(string json, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => JsonReportReader.Read(json));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }
}
