using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Reports;

/// <summary>
/// Reads the JSON report format (version 1) back into the report model, for hosts that store reports as JSON
/// and show them later. The inverse of <see cref="JsonReportWriter"/>; <c>summary</c> is recomputed, not read.
/// Throws <see cref="FormatException"/> with a one-line reason for anything that is not a version-1 report.
/// </summary>
public static class JsonReportReader
{
    public static Report Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JObject root;
        try
        {
            root = JObject.Parse(json);
        }
        catch (JsonReaderException exception)
        {
            throw new FormatException($"The report is not valid JSON: {exception.Message}", exception);
        }

        return FromJson(root);
    }

    public static Report FromJson(JObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var version = json.Value<int?>("version");
        if (version != Report.FormatVersion)
        {
            throw new FormatException($"The report has version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}; this reader reads version {Report.FormatVersion}.");
        }

        return new Report(Array(json, "files").Select(f => FileFromJson((JObject)f)).ToArray());
    }

    public static FileReport FileFromJson(JObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var path = Required<string>(json, "path");
        var error = json.Value<string?>("error");
        if (error is not null)
        {
            return FileReport.Failed(path, error);
        }

        var usage = json["usage"] as JObject;
        return new FileReport(path)
        {
            Recognizer = json.Value<string?>("recognizer") ?? "local",
            Flags = Array(json, "flags").Select(f => FlagFromJson((JObject)f)).ToArray(),
            Entities = Array(json, "entities").Select(e => EntityFromJson((JObject)e)).ToArray(),
            Usage = usage is null
                ? RecognitionUsage.None
                : new RecognitionUsage(usage.Value<int?>("requests") ?? 0, usage.Value<int?>("billedTextRecords") ?? 0),
            Diagnostics = Array(json, "diagnostics")
                .Select(d => new RecognizerDiagnostic(Required<string>(d, "severity"), Required<string>(d, "code"), Required<string>(d, "message")))
                .ToArray(),
        };
    }

    public static Flag FlagFromJson(JObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var severityName = Required<string>(json, "severity");
        if (!SeverityNames.TryParse(severityName, out var severity))
        {
            throw new FormatException($"Unknown severity '{severityName}' in the report.");
        }

        return new Flag(Required<string>(json, "id"), Required<string>(json, "rule"), severity, Required<string>(json, "message"), LocationFromJson(json))
        {
            Suggestion = json.Value<string?>("suggestion"),
            Related = Array(json, "related").Where(r => r["archive"] is null).Select(LocationFromJson).ToArray(),
            Archive = json["archive"] is JObject archive ? ArchiveJson.Read(archive) : null,
        };
    }

    private static FlagLocation LocationFromJson(JToken json) => new(
        Required<int>(json, "offset"),
        Required<int>(json, "length"),
        Required<int>(json, "line"),
        Required<int>(json, "column"),
        Required<string>(json, "text"));

    private static Entity EntityFromJson(JObject json)
    {
        var categoryName = Required<string>(json, "category");
        if (!Enum.TryParse<EntityCategory>(categoryName, ignoreCase: false, out var category) || !Enum.IsDefined(category))
        {
            throw new FormatException($"Unknown entity category '{categoryName}' in the report.");
        }

        return new Entity(Required<string>(json, "text"), category, Required<int>(json, "offset"), Required<int>(json, "length"));
    }

    private static JArray Array(JToken json, string name) => json[name] as JArray ?? [];

    private static T Required<T>(JToken json, string name)
    {
        var token = json[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            throw new FormatException($"The report lacks '{name}' at {json.Path}.");
        }

        try
        {
            return token.ToObject<T>()!;
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or ArgumentException or JsonException)
        {
            throw new FormatException($"'{name}' at {json.Path} has the wrong type.", exception);
        }
    }
}
