using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class AzdProjectTests(CompiledTemplate template)
{
    private static YamlMappingNode AzureYaml()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryPaths.Combine("azure.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var step in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(step)];
        }

        return ((YamlScalarNode)node).Value!;
    }

    [Fact]
    public void Functions_service_points_at_the_isolated_worker_project()
    {
        var root = AzureYaml();

        Assert.Equal("function", Scalar(root, "services", "functions", "host"));
        Assert.Equal("dotnet", Scalar(root, "services", "functions", "language"));
        var project = Scalar(root, "services", "functions", "project");
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project, "FactCheck.Functions.csproj")), $"No Functions project at {project}.");
    }

    [Theory]
    [InlineData("posix")]
    [InlineData("windows")]
    public void Post_deploy_hook_script_exists(string platform)
    {
        var script = Scalar(AzureYaml(), "hooks", "postdeploy", platform, "run");

        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, script)), $"Missing hook script {script}.");
    }

    [Theory]
    [InlineData("infra/hooks/postdeploy.sh")]
    [InlineData("infra/hooks/postdeploy.ps1")]
    public void Post_deploy_hook_subscribes_CheckDraft_to_blob_creation_in_drafts(string hook)
    {
        var script = File.ReadAllText(RepositoryPaths.Combine(hook.Split('/')));

        Assert.Contains("systemKeys.blobs_extension", script, StringComparison.Ordinal);
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.CheckDraft&code=", script, StringComparison.Ordinal);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", script, StringComparison.Ordinal);
        Assert.Contains("/blobServices/default/containers/", script, StringComparison.Ordinal);
        Assert.Contains("az eventgrid system-topic event-subscription create", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Posix_hook_is_valid_shell()
    {
        var check = new System.Diagnostics.ProcessStartInfo("sh") { RedirectStandardError = true, UseShellExecute = false };
        check.ArgumentList.Add("-n");
        check.ArgumentList.Add(RepositoryPaths.Combine("infra", "hooks", "postdeploy.sh"));
        using var process = System.Diagnostics.Process.Start(check)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, errors);
    }

    [Fact]
    public void Parameters_file_supplies_every_required_parameter_from_the_azd_environment()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("infra", "main.parameters.json")))!["parameters"]!.AsObject();
        var required = template.Root["parameters"]!.AsObject()
            .Where(parameter => parameter.Value?["defaultValue"] is null)
            .Select(parameter => parameter.Key)
            .ToList();

        Assert.Equal(["environmentName", "location"], required);
        Assert.All(required, name => Assert.True(file.ContainsKey(name), $"main.parameters.json does not set {name}."));
        Assert.Equal("${AZURE_ENV_NAME}", file["environmentName"]!["value"]!.GetValue<string>());
        Assert.Equal("${AZURE_LOCATION}", file["location"]!["value"]!.GetValue<string>());
        Assert.Equal("${AZURE_PRINCIPAL_ID}", file["principalId"]!["value"]!.GetValue<string>());
        Assert.All(file, parameter => Assert.True(template.Root["parameters"]![parameter.Key] is not null, $"main.bicep has no parameter {parameter.Key}."));
    }
}
