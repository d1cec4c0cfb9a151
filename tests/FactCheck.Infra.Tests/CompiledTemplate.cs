using System.Text.Json.Nodes;

namespace FactCheck.Infra.Tests;

/// <summary>
/// infra/main.bicep compiled once per test run with <c>bicep build --stdout</c>, and its resources flattened out of the
/// nested module deployments.
/// </summary>
public sealed class CompiledTemplate
{
    public const string MainBicep = "infra/main.bicep";

    private readonly List<ArmResource> _resources = [];

    public CompiledTemplate()
    {
        Build = BicepCli.Run("build", MainBicep, "--stdout");
        Text = Build.StandardOutput;
        if (Build.ExitCode != 0)
        {
            Root = [];
            return;
        }

        Root = JsonNode.Parse(Text)?.AsObject() ?? throw new InvalidOperationException("bicep build printed no JSON.");
        Collect(Root, module: "");
    }

    internal BicepRun Build { get; }

    /// <summary>The ARM JSON as bicep printed it.</summary>
    internal string Text { get; }

    internal JsonObject Root { get; }

    internal IReadOnlyList<ArmResource> Resources => _resources;

    internal IEnumerable<ArmResource> OfType(string type) =>
        _resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    internal ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The module deployment (<c>Microsoft.Resources/deployments</c>) with this name.</summary>
    internal ArmResource Module(string name) =>
        OfType("Microsoft.Resources/deployments").Single(deployment => deployment.String("name") == name);

    private void Collect(JsonObject template, string module)
    {
        // Templates with languageVersion 2.0 hold resources in an object keyed by symbolic name, older ones in an array.
        IEnumerable<JsonNode?> nodes = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject obj => obj.Select(pair => pair.Value),
            _ => [],
        };

        foreach (var node in nodes.OfType<JsonObject>())
        {
            var type = node["type"]?.GetValue<string>() ?? "";
            _resources.Add(new ArmResource(type, node, module));
            if (type == "Microsoft.Resources/deployments" && ArmResource.Find(node, "properties.template") is JsonObject nested)
            {
                Collect(nested, node["name"]?.GetValue<string>() ?? "");
            }
        }
    }
}
