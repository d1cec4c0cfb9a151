using System.Reflection;
using System.Text;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: one run, rule metadata from the descriptors, one result per flag with
/// the flag id as partial fingerprint (so a dismissal survives edits), files that could not be checked as tool
/// execution notifications. The mapping is documented in <c>docs/report-format.md</c>.
/// </summary>
public static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string FingerprintKey = "factcheck/v1";

    public static string Write(Report report, SarifReportOptions? options = null) =>
        ToJson(report, options).ToString(Formatting.Indented);

    public static JObject ToJson(Report report, SarifReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new SarifReportOptions();
        var descriptors = (options.Rules ?? RuleCatalog.Descriptors).ToList();

        // A flag from a rule the caller did not list still needs a rule entry for its ruleIndex.
        foreach (var ruleId in report.Files.SelectMany(f => f.Flags).Select(f => f.Rule).Distinct(StringComparer.Ordinal))
        {
            if (!descriptors.Any(d => d.Id == ruleId))
            {
                descriptors.Add(new RuleDescriptor(ruleId, ruleId, Severity.Warning, ruleId));
            }
        }

        var ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var results = new JArray();
        var notifications = new JArray();
        foreach (var file in report.Files)
        {
            if (file.Error is not null)
            {
                notifications.Add(Notification("error", file.Error, file.Path));
                continue;
            }

            foreach (var diagnostic in file.Diagnostics)
            {
                var level = diagnostic.Severity.Equals("error", StringComparison.OrdinalIgnoreCase) ? "error" : "warning";
                notifications.Add(Notification(level, $"{diagnostic.Code}: {diagnostic.Message}", file.Path));
            }

            foreach (var flag in file.Flags)
            {
                results.Add(Result(file.Path, flag, ruleIndex[flag.Rule]));
            }
        }

        var driver = new JObject
        {
            ["name"] = "FactCheck",
            ["version"] = options.ToolVersion ?? ToolVersion(),
            ["rules"] = new JArray(descriptors.Select(d => Rule(d, options.HelpBaseUri))),
        };

        var invocation = new JObject { ["executionSuccessful"] = notifications.All(n => (string?)n["level"] != "error") };
        if (notifications.Count > 0)
        {
            invocation["toolExecutionNotifications"] = notifications;
        }

        return new JObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject { ["driver"] = driver },
                ["invocations"] = new JArray(invocation),
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = results,
            }),
        };
    }

    /// <summary>SARIF's level for a severity: error, warning, note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A path as a SARIF URI reference: absolute paths become <c>file:</c> URIs, relative ones stay relative.</summary>
    public static string ToUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static JObject Rule(RuleDescriptor descriptor, Uri? helpBaseUri)
    {
        var rule = new JObject
        {
            ["id"] = descriptor.Id,
            ["name"] = PascalCase(descriptor.Id),
            ["shortDescription"] = new JObject { ["text"] = descriptor.Title },
            ["fullDescription"] = new JObject { ["text"] = descriptor.Description },
            ["defaultConfiguration"] = new JObject { ["level"] = Level(descriptor.DefaultSeverity) },
            ["help"] = new JObject { ["text"] = $"{descriptor.Description} See {descriptor.HelpPath}." },
            ["properties"] = new JObject { ["helpPath"] = descriptor.HelpPath },
        };
        if (helpBaseUri is not null)
        {
            rule["helpUri"] = new Uri(helpBaseUri, descriptor.HelpPath).AbsoluteUri;
        }

        return rule;
    }

    private static JObject Result(string path, Flag flag, int index)
    {
        var result = new JObject
        {
            ["ruleId"] = flag.Rule,
            ["ruleIndex"] = index,
            ["level"] = Level(flag.Severity),
            ["message"] = new JObject { ["text"] = flag.Message },
            ["locations"] = new JArray(Location(path, flag.Location)),
            ["partialFingerprints"] = new JObject { [FingerprintKey] = flag.Id },
        };

        var related = new JArray(flag.Related.Select((r, i) =>
        {
            var location = Location(path, r);
            location["id"] = i + 1;
            location["message"] = new JObject { ["text"] = r.Text };
            return location;
        }));

        // An archived article is no place in this artifact: a related location with only a message naming it.
        foreach (var article in flag.Archive?.Articles ?? [])
        {
            related.Add(new JObject
            {
                ["id"] = related.Count + 1,
                ["message"] = new JObject { ["text"] = $"archive: {ArchiveJson.Describe(article)}" },
                ["properties"] = new JObject { ["archiveArticle"] = ArchiveJson.Write(article) },
            });
        }

        if (related.Count > 0)
        {
            result["relatedLocations"] = related;
        }

        var properties = new JObject
        {
            ["offset"] = flag.Location.Offset,
            ["length"] = flag.Location.Length,
        };
        if (flag.Suggestion is not null)
        {
            properties["suggestion"] = flag.Suggestion;
            result["fixes"] = new JArray(new JObject
            {
                ["description"] = new JObject { ["text"] = $"Replace \"{flag.Location.Text}\" with \"{flag.Suggestion}\"." },
                ["artifactChanges"] = new JArray(new JObject
                {
                    ["artifactLocation"] = new JObject { ["uri"] = ToUri(path) },
                    ["replacements"] = new JArray(new JObject
                    {
                        ["deletedRegion"] = Region(path, flag.Location),
                        ["insertedContent"] = new JObject { ["text"] = flag.Suggestion },
                    }),
                }),
            });
        }

        if (flag.Archive is not null)
        {
            properties["archive"] = ArchiveJson.Write(flag.Archive);
        }

        result["properties"] = properties;
        return result;
    }

    private static JObject Location(string path, FlagLocation location) => new()
    {
        ["physicalLocation"] = new JObject
        {
            ["artifactLocation"] = new JObject { ["uri"] = ToUri(path) },
            ["region"] = Region(path, location),
        },
    };

    private static JObject Region(string path, FlagLocation location)
    {
        var region = new JObject
        {
            ["startLine"] = location.Line,
            ["startColumn"] = location.Column,
        };

        // Only a span on one line has a known end column; a span over a paragraph break ends somewhere the
        // plain text cannot say for a Markdown/HTML/.docx source.
        if (location.Text.IndexOfAny(['\n', '\r']) < 0)
        {
            region["endLine"] = location.Line;
            region["endColumn"] = location.Column + location.Length;
        }

        // SARIF char offsets count into the artifact itself; ours count into the extracted plain text, which is
        // the artifact only for plain-text files.
        if (IsPlainTextPath(path))
        {
            region["charOffset"] = location.Offset;
            region["charLength"] = location.Length;
        }

        region["snippet"] = new JObject { ["text"] = location.Text };
        return region;
    }

    private static JObject Notification(string level, string message, string path) => new()
    {
        ["level"] = level,
        ["message"] = new JObject { ["text"] = $"{path}: {message}" },
        ["locations"] = new JArray(new JObject
        {
            ["physicalLocation"] = new JObject { ["artifactLocation"] = new JObject { ["uri"] = ToUri(path) } },
        }),
    };

    private static bool IsPlainTextPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".text" or "";

    private static string PascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var part in id.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return builder.ToString();
    }

    private static string ToolVersion()
    {
        var assembly = typeof(SarifReportWriter).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
