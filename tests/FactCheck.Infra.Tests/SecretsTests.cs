using System.Text.Json.Nodes;

namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class SecretsTests(CompiledTemplate template)
{
    /// <summary>Fragments that mean a key or secret is read or written somewhere in the template.</summary>
    public static TheoryData<string> SecretMarkers => new()
    {
        "listKeys(",
        "listAccountSas(",
        "listServiceSas(",
        "listSecrets(",
        "AccountKey=",
        "SharedAccessSignature",
        "SharedAccessKey",
        "InstrumentationKey=",
        "FACTCHECK_LANGUAGE_KEY",
    };

    [Theory]
    [MemberData(nameof(SecretMarkers))]
    public void Template_never_reads_or_writes_a_key(string marker)
    {
        Assert.True(template.Build.ExitCode == 0, template.Build.Describe());
        Assert.DoesNotContain(marker, template.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_parameter_is_a_secret_or_has_a_secret_looking_default()
    {
        var parameters = template.Resources
            .Where(resource => resource.Type == "Microsoft.Resources/deployments")
            .Select(deployment => ArmResource.Find(deployment.Node, "properties.template.parameters"))
            .Append(template.Root["parameters"])
            .OfType<JsonObject>()
            .SelectMany(declared => declared)
            .ToList();

        Assert.NotEmpty(parameters);
        foreach (var (name, declaration) in parameters)
        {
            var type = declaration?["type"]?.GetValue<string>() ?? "";
            Assert.False(type.StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"Parameter {name} is a secret; the deployment should need none.");
            var defaultValue = declaration?["defaultValue"]?.ToJsonString() ?? "";
            foreach (var word in new[] { "key", "secret", "password", "token" })
            {
                Assert.False(defaultValue.Contains(word, StringComparison.OrdinalIgnoreCase), $"Default of parameter {name} looks like a secret: {defaultValue}");
            }
        }
    }

    [Fact]
    public void No_app_setting_name_asks_for_a_key()
    {
        var names = template.Single("Microsoft.Web/sites/config").Properties.Select(setting => setting.Key).ToList();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, name => name.Contains("key", StringComparison.OrdinalIgnoreCase)
            || name.Contains("secret", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase) && name != "APPLICATIONINSIGHTS_CONNECTION_STRING");
    }
}
