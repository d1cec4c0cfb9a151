using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace FactCheck.Core.Tests.Reports;

/// <summary>
/// reviewdog's rdjson schemas (see Schemas/ORIGIN.md) and validation against them, plus what the proto calls required
/// and the schemas do not say: a start on every range.
/// </summary>
internal static class RdjsonSchema
{
    private static readonly Lazy<JsonSchema> DiagnosticResult = new(() => Load("reviewdog-DiagnosticResult.json"));
    private static readonly Lazy<JsonSchema> RelatedLocation = new(() => Load("reviewdog-RelatedLocation.json"));

    /// <summary>Every problem, as "path: kind"; empty when the document is valid rdjson.</summary>
    public static IReadOnlyList<string> Validate(string rdjson)
    {
        var document = JToken.Parse(rdjson);
        var errors = DiagnosticResult.Value.Validate(document).Select(e => $"{e.Path}: {e.Kind}").ToList();
        foreach (var related in document.SelectTokens("diagnostics[*].related_locations[*]"))
        {
            errors.AddRange(RelatedLocation.Value.Validate(related).Select(e => $"{related.Path}{e.Path}: {e.Kind}"));
        }

        foreach (var range in document.SelectTokens("$..range"))
        {
            if (range["start"] is not JObject)
            {
                errors.Add($"{range.Path}: a range needs a start (reviewdog.proto: Range.start is required)");
            }
        }

        return errors;
    }

    private static JsonSchema Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reports", "Schemas", name);
        if (!File.Exists(path))
        {
            path = Path.Combine(AppContext.BaseDirectory, "Schemas", name);
        }

        return JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult();
    }
}
