using FactCheck.Core.Entities;
using FactCheck.Core.Reports;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Tests.Reports;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void Flag_has_every_documented_field_in_camel_case()
    {
        var json = JsonReportWriter.ToJson(SampleReports.Drift);
        var location = SampleReports.Drift.Location;

        Assert.Equal(
            ["id", "rule", "severity", "message", "offset", "length", "line", "column", "text", "suggestion", "related"],
            json.Properties().Select(p => p.Name));
        Assert.Equal("0123456789abcdef", (string?)json["id"]);
        Assert.Equal("name-mismatch", (string?)json["rule"]);
        Assert.Equal("warning", (string?)json["severity"]);
        Assert.Equal(location.Offset, (int)json["offset"]!);
        Assert.Equal(9, (int)json["length"]!);
        Assert.Equal(2, (int)json["line"]!);
        Assert.Equal(1, (int)json["column"]!);
        Assert.Equal("Davutoglu", (string?)json["text"]);
        Assert.Equal("Cavusoglu", (string?)json["suggestion"]);

        var related = Assert.Single((JArray)json["related"]!);
        Assert.Equal(["offset", "length", "line", "column", "text"], ((JObject)related).Properties().Select(p => p.Name));
        Assert.Equal("Mevlut Cavusoglu", (string?)related["text"]);
        Assert.Equal(1, (int)related["line"]!);
        Assert.Equal(26, (int)related["column"]!);
    }

    [Fact]
    public void Suggestion_is_omitted_when_there_is_none()
    {
        var json = JsonReportWriter.ToJson(SampleReports.Note);

        Assert.False(json.ContainsKey("suggestion"));
        Assert.Equal("info", (string?)json["severity"]);
        Assert.Empty((JArray)json["related"]!);
    }

    [Fact]
    public void Report_has_version_files_and_summary()
    {
        var json = JObject.Parse(JsonReportWriter.Write(SampleReports.Mixed()));

        Assert.Equal(1, (int)json["version"]!);
        Assert.Equal(3, ((JArray)json["files"]!).Count);
        var summary = (JObject)json["summary"]!;
        Assert.Equal(3, (int)summary["files"]!);
        Assert.Equal(0, (int)summary["errors"]!);
        Assert.Equal(1, (int)summary["warnings"]!);
        Assert.Equal(1, (int)summary["infos"]!);
        Assert.Equal(1, (int)summary["failedFiles"]!);
    }

    [Fact]
    public void Checked_file_has_recognizer_flags_and_entities_but_no_usage_or_diagnostics_when_empty()
    {
        var json = JsonReportWriter.ToJson(SampleReports.Checked());

        Assert.Equal(["path", "recognizer", "flags", "entities"], json.Properties().Select(p => p.Name));
        Assert.Equal("drafts/turkey.txt", (string?)json["path"]);
        Assert.Equal("local", (string?)json["recognizer"]);
        Assert.Equal(2, ((JArray)json["flags"]!).Count);
        var entity = (JObject)Assert.Single((JArray)json["entities"]!);
        Assert.Equal(["text", "category", "offset", "length"], entity.Properties().Select(p => p.Name));
        Assert.Equal("Person", (string?)entity["category"]);
        Assert.Equal(SampleReports.Article.IndexOf("Mevlut", StringComparison.Ordinal), (int)entity["offset"]!);
    }

    [Fact]
    public void Failed_file_has_only_path_and_error()
    {
        var json = JsonReportWriter.ToJson(FileReport.Failed("a.docx", "the file is not a valid .docx."));

        Assert.Equal(["path", "error"], json.Properties().Select(p => p.Name));
        Assert.Equal("the file is not a valid .docx.", (string?)json["error"]);
    }

    [Fact]
    public void Usage_and_diagnostics_appear_when_the_recognizer_reported_them()
    {
        var file = SampleReports.Checked() with
        {
            Recognizer = "azure",
            Usage = new RecognitionUsage(2, 3),
            Diagnostics = [new RecognizerDiagnostic("warning", "DocumentTruncated", "The document was truncated.")],
        };

        var json = JsonReportWriter.ToJson(file);

        Assert.Equal(2, (int)json["usage"]!["requests"]!);
        Assert.Equal(3, (int)json["usage"]!["billedTextRecords"]!);
        var diagnostic = Assert.Single((JArray)json["diagnostics"]!);
        Assert.Equal("warning", (string?)diagnostic["severity"]);
        Assert.Equal("DocumentTruncated", (string?)diagnostic["code"]);
        Assert.Equal("The document was truncated.", (string?)diagnostic["message"]);
    }

    [Fact]
    public void An_archive_flag_names_its_archived_articles_in_related_and_carries_the_evidence()
    {
        var json = JsonReportWriter.ToJson(SampleReports.ArchiveVariant);

        var related = Assert.IsType<JArray>(json["related"]);
        Assert.Equal(["ankara/2, 2024-06-20: Talks in Ankara", "ankara/1, 2024-01-10"], related.Select(r => (string?)r["text"]));
        Assert.All(related, r => Assert.Null(r["offset"]));
        Assert.Equal("ankara/2", (string?)related[0]["archive"]!["id"]);
        Assert.Equal("2024-06-20", (string?)related[0]["archive"]!["date"]);
        Assert.Equal("Mevlüt Çavuşoğlu", (string?)json["archive"]!["archiveSide"]!["value"]);
        Assert.Equal("spelling", (string?)json["archive"]!["draftClaim"]!["kind"]);
        Assert.Equal("the archive has Mevlüt Çavuşoğlu, 2 articles, 2024-01-10 to 2024-06-20", (string?)json["archive"]!["summary"]);
    }

    [Fact]
    public void A_flag_without_archive_evidence_has_no_archive_field() =>
        Assert.Null(JsonReportWriter.ToJson(SampleReports.Drift)["archive"]);
}
