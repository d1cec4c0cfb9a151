using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Reports;

/// <summary>The JSON report format (version 1), documented in the README; the HTTP API reuses it.</summary>
public static class JsonReportWriter
{
    public static JObject ToJson(Report report) =>
        new() { ["version"] = Report.FormatVersion, ["files"] = new JArray(report.Files.Select(ToJson)) };

    public static JObject ToJson(FileReport file) => new() { ["path"] = file.Path, ["recognizer"] = file.Recognizer };

    public static JObject ToJson(Flag flag) => new() { ["id"] = flag.Id, ["rule"] = flag.Rule };

    public static string Write(Report report) => ToJson(report).ToString(Newtonsoft.Json.Formatting.Indented);
}
