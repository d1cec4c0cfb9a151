using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FactCheck.Core.Tests.Reports;

/// <summary>The SARIF 2.1.0 schema (see Resources/ORIGIN.md), and validation of a log against it.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Every validation error, as "instance location: message"; empty when the log is valid.</summary>
    public static IReadOnlyList<string> Validate(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToArray();
    }

    private static JsonSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Resources", "sarif-2.1.0-rtm.5.json");
        if (!File.Exists(path))
        {
            path = Path.Combine(AppContext.BaseDirectory, "Reports", "Resources", "sarif-2.1.0-rtm.5.json");
        }

        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();

        // Draft-04 names the base URI "id", which draft-07 ignores; JsonSchema.Net evaluates draft-06 and later
        // only. Every $ref in the schema is local ("#/definitions/..."), so the base URI is not needed.
        root.Remove("id");
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        // A registry of its own: the global one refuses a second registration of the same $id (other test classes).
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
