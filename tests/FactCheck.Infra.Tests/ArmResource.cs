using System.Text.Json.Nodes;

namespace FactCheck.Infra.Tests;

/// <summary>One resource of the compiled template, wherever it sits among the nested module deployments.</summary>
/// <param name="Type">Resource type, e.g. <c>Microsoft.Web/sites</c>.</param>
/// <param name="Node">The resource's JSON.</param>
/// <param name="Module">Name of the module deployment that declares it; empty for main.bicep itself.</param>
internal sealed record ArmResource(string Type, JsonObject Node, string Module)
{
    public JsonObject Properties => Node["properties"]?.AsObject()
        ?? throw new InvalidOperationException($"{Type} in module '{Module}' has no properties.");

    public string? String(string path) => Find(Node, path)?.GetValue<string>();

    public bool? Boolean(string path) => Find(Node, path)?.GetValue<bool>();

    /// <summary>Follows a dotted path (<c>properties.siteConfig.minTlsVersion</c>); null when any step is missing.</summary>
    public static JsonNode? Find(JsonNode? node, string path)
    {
        foreach (var step in path.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(step, out var child) ? child : null;
        }

        return node;
    }
}
