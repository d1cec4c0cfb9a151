using System.Text;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Tests.Reports;

public sealed class RdjsonReportWriterTests
{
    [Fact]
    public void The_sample_report_is_valid_rdjson()
    {
        var rdjson = RdjsonReportWriter.Write(SampleReports.Mixed(), WithSources(("drafts/turkey.txt", SampleReports.Article)));

        Assert.Empty(RdjsonSchema.Validate(rdjson));
    }

    [Fact]
    public void The_validation_catches_what_reviewdog_would_refuse()
    {
        Assert.NotEmpty(RdjsonSchema.Validate("""{"diagnostics":[{"message":"m","severity":"SEVERE"}]}"""));
        Assert.NotEmpty(RdjsonSchema.Validate("""{"diagnostics":[{"location":{"path":"a.txt","range":{"start":{"line":"one"}}}}]}"""));
        Assert.NotEmpty(RdjsonSchema.Validate("""{"diagnostics":[{"location":{"path":"a.txt","range":{"end":{"line":1}}}}]}"""));
        Assert.NotEmpty(RdjsonSchema.Validate("""{"diagnostics":[{"related_locations":[{"message":7}]}]}"""));
    }

    [Fact]
    public void Each_flag_is_a_diagnostic_with_its_rule_severity_related_places_and_line()
    {
        var json = RdjsonReportWriter.ToJson(SampleReports.Mixed(), WithSources(("drafts/turkey.txt", SampleReports.Article)));

        Assert.Equal("factcheck", (string?)json["source"]!["name"]);
        var diagnostics = (JArray)json["diagnostics"]!;
        Assert.Equal(2, diagnostics.Count);
        var drift = diagnostics[1];
        Assert.Equal(SampleReports.Drift.Message, (string?)drift["message"]);
        Assert.Equal("WARNING", (string?)drift["severity"]);
        Assert.Equal("INFO", (string?)diagnostics[0]["severity"]);
        Assert.Equal("name-mismatch", (string?)drift["code"]!["value"]);
        Assert.Equal("drafts/turkey.txt", (string?)drift["location"]!["path"]);
        Assert.Equal(LineReportWriter.FormatLine("drafts/turkey.txt", SampleReports.Drift), (string?)drift["original_output"]);
        var related = Assert.Single((JArray)drift["related_locations"]!);
        Assert.Equal("Mevlut Cavusoglu", (string?)related["message"]);
        Assert.Equal(26, (int)related["location"]!["range"]!["start"]!["column"]!);
        Assert.Equal(42, (int)related["location"]!["range"]!["end"]!["column"]!);
    }

    [Fact]
    public void The_suggestion_replaces_the_flagged_span_with_an_exclusive_end()
    {
        var json = RdjsonReportWriter.ToJson(SampleReports.Mixed(), WithSources(("drafts/turkey.txt", SampleReports.Article)));

        var drift = json["diagnostics"]![1]!;
        var suggestion = Assert.Single((JArray)drift["suggestions"]!);
        Assert.Equal("Cavusoglu", (string?)suggestion["text"]);
        Assert.True(JToken.DeepEquals(drift["location"]!["range"], suggestion["range"]));
        Assert.Equal(new JObject { ["line"] = 2, ["column"] = 1 }, suggestion["range"]!["start"]);
        Assert.Equal(new JObject { ["line"] = 2, ["column"] = 10 }, suggestion["range"]!["end"]);
        Assert.Null(json["diagnostics"]![0]!["suggestions"]);
    }

    [Fact]
    public void Columns_count_utf8_bytes_of_the_source_line_as_the_proto_says()
    {
        // "Çavuşoğlu" is 9 UTF-16 units and 12 UTF-8 bytes; "𐐀" is 2 units and 4 bytes.
        const string Article = "Çavuşoğlu 𐐀 met Davutoglu.\n";
        var flag = new Flag("0000000000000001", "name-mismatch", Severity.Warning, "m", SampleReports.At(Article, "Davutoglu")) { Suggestion = "Çavuşoğlu" };
        Assert.Equal(18, flag.Location.Column);

        var json = RdjsonReportWriter.ToJson(new Report([new FileReport("a.txt") { Flags = [flag] }]), WithSources(("a.txt", Article)));

        var range = json["diagnostics"]![0]!["location"]!["range"]!;
        Assert.Equal(Encoding.UTF8.GetByteCount("Çavuşoğlu 𐐀 met ") + 1, (int)range["start"]!["column"]!);
        Assert.Equal(Encoding.UTF8.GetByteCount("Çavuşoğlu 𐐀 met Davutoglu") + 1, (int)range["end"]!["column"]!);
    }

    [Fact]
    public void A_span_the_source_spells_with_an_entity_gets_no_suggestion_and_no_guessed_end()
    {
        var source = "<p>Minister Mevlut Cavusoglu spoke.</p>\n<p>Then Dav&#117;toglu left.</p>\n";
        var document = DocumentReader.Read("story.html", Encoding.UTF8.GetBytes(source));
        var offset = document.Text.IndexOf("Davutoglu", StringComparison.Ordinal);
        var position = document.PositionOf(offset);
        var flag = new Flag("0000000000000002", "name-mismatch", Severity.Warning, "m", new FlagLocation(offset, 9, position.Line, position.Column, "Davutoglu")) { Suggestion = "Cavusoglu" };

        var json = RdjsonReportWriter.ToJson(new Report([new FileReport("story.html") { Flags = [flag] }]), WithSources(("story.html", source)));

        var diagnostic = json["diagnostics"]![0]!;
        Assert.Null(diagnostic["suggestions"]);
        Assert.Equal(new JObject { ["line"] = 2, ["column"] = 9 }, diagnostic["location"]!["range"]!["start"]);
        Assert.Null(diagnostic["location"]!["range"]!["end"]);
        Assert.Empty(RdjsonSchema.Validate(json.ToString()));
    }

    [Fact]
    public void Without_the_source_columns_stay_utf16_and_a_plain_text_suggestion_is_still_offered()
    {
        var json = RdjsonReportWriter.ToJson(SampleReports.Mixed());

        var drift = json["diagnostics"]![1]!;
        Assert.Equal(10, (int)drift["location"]!["range"]!["end"]!["column"]!);
        Assert.NotNull(drift["suggestions"]);
    }

    [Fact]
    public void A_help_base_names_each_rules_page()
    {
        var options = new ReportWriteOptions { HelpBaseUri = new Uri("https://example.org/factcheck/blob/main/") };

        var json = RdjsonReportWriter.ToJson(SampleReports.Mixed(), options);

        Assert.Equal("https://example.org/factcheck/blob/main/docs/rules/name-mismatch.md", (string?)json["diagnostics"]![1]!["code"]!["url"]);
    }

    private static ReportWriteOptions WithSources(params (string Path, string Text)[] sources)
    {
        var decoded = sources.ToDictionary(s => s.Path, s => DecodedSource.Decode(s.Path, Encoding.UTF8.GetBytes(s.Text)), StringComparer.Ordinal);
        return new ReportWriteOptions { SourceOf = path => decoded.GetValueOrDefault(path) };
    }
}
