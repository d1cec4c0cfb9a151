using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;
using FactCheck.Core.Rules;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Tests.Reports;

public sealed class SarifReportWriterTests
{
    private static readonly RuleDescriptor[] Rules =
    [
        new("name-mismatch", "Name mismatch", Severity.Warning, "A surname differs from the person introduced earlier."),
        new("unintroduced-name", "Unintroduced name", Severity.Info, "A surname appears before its full introduction."),
    ];

    [Fact]
    public void Report_with_flags_failures_and_diagnostics_validates_against_the_sarif_schema()
    {
        var report = new Report(
        [
            SampleReports.Checked() with
            {
                Diagnostics = [new RecognizerDiagnostic("warning", "DocumentTruncated", "The document was truncated.")],
            },
            SampleReports.Checked("/srv/drafts/with space.txt"),
            SampleReports.Checked("<stdin>"),
            FileReport.Failed("drafts/broken.docx", "the file is not a valid .docx."),
        ]);

        var sarif = SarifReportWriter.Write(report, new SarifReportOptions { Rules = Rules, HelpBaseUri = new Uri("https://example.org/factcheck/") });

        Assert.Empty(SarifSchema.Validate(sarif));
    }

    [Fact]
    public void An_archive_flag_names_its_archived_articles_in_related_locations_and_validates()
    {
        var report = new Report([SampleReports.Checked() with { Flags = [SampleReports.Drift, SampleReports.ArchiveVariant] }]);

        var sarif = SarifReportWriter.Write(report, new SarifReportOptions { Rules = [.. Rules, RuleCatalog.Descriptors.Single(d => d.Id == "archive-name-variant")] });

        Assert.Empty(SarifSchema.Validate(sarif));
        var result = JObject.Parse(sarif)["runs"]![0]!["results"]![1]!;
        var related = Assert.IsType<JArray>(result["relatedLocations"]);
        Assert.Equal(["archive: ankara/2, 2024-06-20: Talks in Ankara", "archive: ankara/1, 2024-01-10"], related.Select(r => (string?)r["message"]!["text"]));
        Assert.Equal([1, 2], related.Select(r => (int)r["id"]!));
        Assert.All(related, r => Assert.Null(r["physicalLocation"]));
        Assert.Equal("ankara/2", (string?)related[0]["properties"]!["archiveArticle"]!["id"]);
        Assert.Equal("mevlut cavusoglu", (string?)result["properties"]!["archive"]!["draftClaim"]!["personKey"]);
    }

    [Fact]
    public void Empty_report_validates()
    {
        Assert.Empty(SarifSchema.Validate(SarifReportWriter.Write(new Report([]))));
    }

    [Fact]
    public void The_schema_check_rejects_an_invalid_log()
    {
        var sarif = SarifReportWriter.ToJson(new Report([SampleReports.Checked()]), new SarifReportOptions { Rules = Rules });
        sarif["runs"]![0]!["results"]![0]!["level"] = "warn";

        Assert.NotEmpty(SarifSchema.Validate(sarif.ToString()));
    }

    [Fact]
    public void The_schema_check_enforces_uri_formats()
    {
        var sarif = SarifReportWriter.ToJson(new Report([]), new SarifReportOptions { Rules = Rules });
        sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["helpUri"] = "docs/rules/name-mismatch.md";

        Assert.NotEmpty(SarifSchema.Validate(sarif.ToString()));
    }

    [Fact]
    public void Driver_lists_the_rules_with_metadata()
    {
        var sarif = SarifReportWriter.ToJson(new Report([]), new SarifReportOptions { Rules = Rules, HelpBaseUri = new Uri("https://example.org/repo/blob/main/") });
        var driver = sarif["runs"]![0]!["tool"]!["driver"]!;

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", (string?)sarif["$schema"]);
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        Assert.Equal("FactCheck", (string?)driver["name"]);
        var rule = driver["rules"]![0]!;
        Assert.Equal("name-mismatch", (string?)rule["id"]);
        Assert.Equal("NameMismatch", (string?)rule["name"]);
        Assert.Equal("Name mismatch", (string?)rule["shortDescription"]!["text"]);
        Assert.Equal("A surname differs from the person introduced earlier.", (string?)rule["fullDescription"]!["text"]);
        Assert.Equal("warning", (string?)rule["defaultConfiguration"]!["level"]);
        Assert.Equal("https://example.org/repo/blob/main/docs/rules/name-mismatch.md", (string?)rule["helpUri"]);
        Assert.Equal("note", (string?)driver["rules"]![1]!["defaultConfiguration"]!["level"]);
    }

    [Fact]
    public void Without_a_help_base_the_rule_names_its_doc_page_but_has_no_help_uri()
    {
        var rule = SarifReportWriter.ToJson(new Report([]), new SarifReportOptions { Rules = Rules })["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!;

        Assert.Null(rule["helpUri"]);
        Assert.Equal("docs/rules/name-mismatch.md", (string?)rule["properties"]!["helpPath"]);
    }

    [Fact]
    public void Result_carries_rule_level_location_fingerprint_related_and_fix()
    {
        var sarif = SarifReportWriter.ToJson(new Report([SampleReports.Checked()]), new SarifReportOptions { Rules = Rules });
        var results = (JArray)sarif["runs"]![0]!["results"]!;
        var drift = results.Single(r => (string?)r["ruleId"] == "name-mismatch");
        var note = results.Single(r => (string?)r["ruleId"] == "unintroduced-name");
        var location = SampleReports.Drift.Location;

        Assert.Equal(2, results.Count);
        Assert.Equal("name-mismatch", (string?)drift["ruleId"]);
        Assert.Equal(0, (int)drift["ruleIndex"]!);
        Assert.Equal("warning", (string?)drift["level"]);
        Assert.Equal(SampleReports.Drift.Message, (string?)drift["message"]!["text"]);
        var physical = drift["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("drafts/turkey.txt", (string?)physical["artifactLocation"]!["uri"]);
        var region = physical["region"]!;
        Assert.Equal(2, (int)region["startLine"]!);
        Assert.Equal(1, (int)region["startColumn"]!);
        Assert.Equal(2, (int)region["endLine"]!);
        Assert.Equal(10, (int)region["endColumn"]!);
        Assert.Equal(location.Offset, (int)region["charOffset"]!);
        Assert.Equal(9, (int)region["charLength"]!);
        Assert.Equal("Davutoglu", (string?)region["snippet"]!["text"]);
        Assert.Equal("0123456789abcdef", (string?)drift["partialFingerprints"]!["factcheck/v1"]);
        var related = drift["relatedLocations"]![0]!;
        Assert.Equal(26, (int)related["physicalLocation"]!["region"]!["startColumn"]!);
        Assert.Equal("Mevlut Cavusoglu", (string?)related["message"]!["text"]);
        Assert.Equal("Cavusoglu", (string?)drift["properties"]!["suggestion"]);
        Assert.Equal("Cavusoglu", (string?)drift["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!["insertedContent"]!["text"]);

        Assert.Equal("note", (string?)note["level"]);
        Assert.Equal(1, (int)note["ruleIndex"]!);
        Assert.Null(note["fixes"]);
        Assert.Null(note["relatedLocations"]);
    }

    [Fact]
    public void Char_offsets_are_written_only_where_plain_text_offsets_are_source_offsets()
    {
        var sarif = SarifReportWriter.ToJson(new Report([SampleReports.Checked("drafts/turkey.md")]), new SarifReportOptions { Rules = Rules });
        var region = sarif["runs"]![0]!["results"]![1]!["locations"]![0]!["physicalLocation"]!["region"]!;

        Assert.Null(region["charOffset"]);
        Assert.Equal(2, (int)region["startLine"]!);
    }

    [Fact]
    public void Failed_file_becomes_an_error_notification_and_marks_execution_unsuccessful()
    {
        var sarif = SarifReportWriter.ToJson(SampleReports.Mixed(), new SarifReportOptions { Rules = Rules });
        var invocation = sarif["runs"]![0]!["invocations"]![0]!;

        Assert.False((bool)invocation["executionSuccessful"]!);
        var notification = Assert.Single((JArray)invocation["toolExecutionNotifications"]!);
        Assert.Equal("error", (string?)notification["level"]);
        Assert.Contains("drafts/empty.txt: the file is empty", (string?)notification["message"]!["text"], StringComparison.Ordinal);
        Assert.Equal("drafts/empty.txt", (string?)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }

    [Fact]
    public void A_flag_from_an_unlisted_rule_still_gets_a_rule_entry_for_its_index()
    {
        var sarif = SarifReportWriter.ToJson(new Report([SampleReports.Checked()]), new SarifReportOptions { Rules = [] });
        var run = sarif["runs"]![0]!;
        var index = (int)run["results"]![0]!["ruleIndex"]!;

        Assert.Equal("unintroduced-name", (string?)run["tool"]!["driver"]!["rules"]![index]!["id"]);
    }

    [Theory]
    [InlineData("drafts/a b.txt", "drafts/a%20b.txt")]
    [InlineData("<stdin>", "%3Cstdin%3E")]
    [InlineData("/srv/news/a.md", "file:///srv/news/a.md")]
    public void Paths_become_uri_references(string path, string uri)
    {
        Assert.Equal(uri, SarifReportWriter.ToUri(path));
    }
}
