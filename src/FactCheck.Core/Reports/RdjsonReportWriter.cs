using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Reports;

/// <summary>
/// reviewdog's Diagnostic JSON (rdjson, the <c>DiagnosticResult</c> message of <c>proto/rdf/reviewdog.proto</c>): one
/// diagnostic per flag, the rule as its code, the related places as <c>related_locations</c> and the suggestion as a
/// replacement of the flagged span. Columns are 1-based UTF-8 byte counts, as the proto says, converted from
/// FactCheck's UTF-16 columns with the source line; ends are exclusive. The mapping is in <c>docs/report-format.md</c>.
/// </summary>
public static class RdjsonReportWriter
{
    public const string SourceName = "factcheck";

    public static string Write(Report report, ReportWriteOptions? options = null) =>
        ToJson(report, options).ToString(Formatting.Indented);

    public static JObject ToJson(Report report, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ReportWriteOptions.Default;
        var diagnostics = new JArray();
        foreach (var file in report.Files.Where(f => f.Error is null))
        {
            var source = options.SourceOf?.Invoke(file.Path);
            foreach (var flag in file.Flags)
            {
                diagnostics.Add(Diagnostic(file.Path, flag, source, options.HelpBaseUri));
            }
        }

        return new JObject
        {
            ["source"] = new JObject { ["name"] = SourceName },
            ["diagnostics"] = diagnostics,
        };
    }

    /// <summary>reviewdog's severity name: ERROR, WARNING or INFO.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "ERROR",
        Severity.Warning => "WARNING",
        _ => "INFO",
    };

    private static JObject Diagnostic(string path, Flag flag, DecodedSource? source, Uri? helpBaseUri)
    {
        var verbatimStart = source?.FindVerbatim(flag.Location.Line, flag.Location.Column, flag.Location.Text);
        var range = Range(flag.Location, source, verbatimStart);
        var code = new JObject { ["value"] = flag.Rule };
        if (helpBaseUri is not null)
        {
            code["url"] = new Uri(helpBaseUri, $"docs/rules/{flag.Rule}.md").AbsoluteUri;
        }

        var diagnostic = new JObject
        {
            ["message"] = flag.Message,
            ["location"] = new JObject { ["path"] = path, ["range"] = range },
            ["severity"] = SeverityName(flag.Severity),
            ["source"] = new JObject { ["name"] = SourceName },
            ["code"] = code,
        };

        // Offered only where the source holds the flagged text itself: replacing a span the extractor took from
        // markup or an entity would rewrite characters the flag never saw (the same condition as --fix).
        if (flag.Suggestion is not null && (verbatimStart is not null || source is null && IsPlainTextPath(path)))
        {
            diagnostic["suggestions"] = new JArray(new JObject { ["range"] = range.DeepClone(), ["text"] = flag.Suggestion });
        }

        if (flag.Related.Count > 0)
        {
            diagnostic["related_locations"] = new JArray(flag.Related.Select(r => new JObject
            {
                ["message"] = r.Text,
                ["location"] = new JObject
                {
                    ["path"] = path,
                    ["range"] = Range(r, source, source?.FindVerbatim(r.Line, r.Column, r.Text)),
                },
            }));
        }

        diagnostic["original_output"] = LineReportWriter.FormatLine(path, flag);
        return diagnostic;
    }

    private static JObject Range(FlagLocation location, DecodedSource? source, int? verbatimStart)
    {
        if (source is null)
        {
            // No source to count bytes in: UTF-16 columns, exact for lines whose text before the span is ASCII.
            var range = new JObject { ["start"] = Position(location.Line, location.Column) };
            if (location.Text.IndexOfAny(['\n', '\r']) < 0)
            {
                range["end"] = Position(location.Line, location.Column + location.Length);
            }

            return range;
        }

        var start = Position(location.Line, source.Utf8Column(location.Line, location.Column));
        if (verbatimStart is not { } offset)
        {
            // The span is not the source's own characters (markup or an entity inside it): where it ends in the
            // source is unknown, and reviewdog reads a range without an end as starting there.
            return new JObject { ["start"] = start };
        }

        var end = source.PositionOf(offset + location.Text.Length);
        return new JObject
        {
            ["start"] = start,
            ["end"] = Position(end.Line, source.Utf8Column(end.Line, end.Column)),
        };
    }

    private static JObject Position(int line, int column) => new() { ["line"] = line, ["column"] = column };

    private static bool IsPlainTextPath(string path) =>
        DocumentReader.FormatFromName(path) == Documents.DocumentFormat.PlainText;
}
