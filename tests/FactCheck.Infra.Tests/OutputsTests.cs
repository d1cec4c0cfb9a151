using System.Text.RegularExpressions;

namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed partial class OutputsTests(CompiledTemplate template)
{
    public static TheoryData<string> RequiredOutputs => new()
    {
        "AZURE_LOCATION",
        "AZURE_TENANT_ID",
        "AZURE_RESOURCE_GROUP",
        "AZURE_FUNCTION_APP_NAME",
        "DRAFTS_CONTAINER_URL",
        "REVIEW_PAGE_URL",
    };

    [Theory]
    [MemberData(nameof(RequiredOutputs))]
    public void Template_outputs(string name)
    {
        Assert.NotNull(template.Root["outputs"]?[name]?["value"]);
    }

    [Fact]
    public void Review_page_and_drafts_container_urls_point_at_the_deployed_resources()
    {
        var outputs = template.Root["outputs"]!;

        Assert.Contains("/api/review", outputs["REVIEW_PAGE_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("[format('https://", outputs["REVIEW_PAGE_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("blobEndpoint", outputs["DRAFTS_CONTAINER_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("infra/hooks/postdeploy.sh")]
    [InlineData("infra/hooks/postdeploy.ps1")]
    public void Every_variable_the_post_deploy_hook_reads_is_an_output(string hook)
    {
        var script = File.ReadAllText(RepositoryPaths.Combine(hook.Split('/')));
        var names = OutputVariable().Matches(script).Select(match => match.Value).Distinct().ToList();

        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            Assert.True(template.Root["outputs"]?[name] is not null, $"{hook} reads {name}, which main.bicep does not output.");
        }
    }

    [GeneratedRegex(@"\b(?:AZURE|DRAFTS)_[A-Z_]+\b")]
    private static partial Regex OutputVariable();
}
