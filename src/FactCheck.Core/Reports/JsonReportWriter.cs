using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Reports;

/// <summary>
/// The JSON report format (version 1), documented in <c>docs/report-format.md</c>; the HTTP API reuses it.
/// Property names are camelCase; optional parts (suggestion, usage, diagnostics, error) are omitted when empty.
/// </summary>
public static class JsonReportWriter
{
    public static JObject ToJson(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = ReportSummary.From(report);
        return new JObject
        {
            ["version"] = Report.FormatVersion,
            ["files"] = new JArray(report.Files.Select(ToJson)),
            ["summary"] = new JObject
            {
                ["files"] = summary.Files,
                ["errors"] = summary.Errors,
                ["warnings"] = summary.Warnings,
                ["infos"] = summary.Infos,
                ["failedFiles"] = summary.FailedFiles,
            },
        };
    }

    public static JObject ToJson(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Error is not null)
        {
            // A file that could not be checked has no recognizer run, flags or entities to speak of.
            return new JObject { ["path"] = file.Path, ["error"] = file.Error };
        }

        var json = new JObject
        {
            ["path"] = file.Path,
            ["recognizer"] = file.Recognizer,
            ["flags"] = new JArray(file.Flags.Select(ToJson)),
            ["entities"] = new JArray(file.Entities.Select(ToJson)),
        };

        if (file.Usage.Requests > 0 || file.Usage.BilledTextRecords > 0)
        {
            json["usage"] = new JObject
            {
                ["requests"] = file.Usage.Requests,
                ["billedTextRecords"] = file.Usage.BilledTextRecords,
            };
        }

        if (file.Diagnostics.Count > 0)
        {
            json["diagnostics"] = new JArray(file.Diagnostics.Select(d => new JObject
            {
                ["severity"] = d.Severity,
                ["code"] = d.Code,
                ["message"] = d.Message,
            }));
        }

        return json;
    }

    public static JObject ToJson(Flag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var json = new JObject
        {
            ["id"] = flag.Id,
            ["rule"] = flag.Rule,
            ["severity"] = flag.Severity.ToName(),
            ["message"] = flag.Message,
        };
        AddLocation(json, flag.Location);
        if (flag.Suggestion is not null)
        {
            json["suggestion"] = flag.Suggestion;
        }

        // An archive flag's evidence lies outside the draft: its archived articles follow the in-text places as
        // related items without a location, each naming the article, and the whole evidence is the flag's archive.
        var related = new JArray(flag.Related.Select(ToJson));
        if (flag.Archive is { } archive)
        {
            foreach (var article in archive.Articles)
            {
                related.Add(new JObject { ["text"] = ArchiveJson.Describe(article), ["archive"] = ArchiveJson.Write(article) });
            }
        }

        json["related"] = related;
        if (flag.Archive is not null)
        {
            json["archive"] = ArchiveJson.Write(flag.Archive);
        }

        return json;
    }

    public static JObject ToJson(FlagLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var json = new JObject();
        AddLocation(json, location);
        return json;
    }

    public static JObject ToJson(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new JObject
        {
            ["text"] = entity.Text,
            ["category"] = entity.Category.ToString(),
            ["offset"] = entity.Offset,
            ["length"] = entity.Length,
        };
    }

    public static string Write(Report report) => ToJson(report).ToString(Formatting.Indented);

    private static void AddLocation(JObject json, FlagLocation location)
    {
        json["offset"] = location.Offset;
        json["length"] = location.Length;
        json["line"] = location.Line;
        json["column"] = location.Column;
        json["text"] = location.Text;
    }
}
