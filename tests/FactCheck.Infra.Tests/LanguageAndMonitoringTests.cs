namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class LanguageAndMonitoringTests(CompiledTemplate template)
{
    [Fact]
    public void Language_account_has_keys_disabled_and_a_custom_subdomain()
    {
        var language = template.Single("Microsoft.CognitiveServices/accounts");

        Assert.Equal("TextAnalytics", language.String("kind"));
        Assert.True(language.Boolean("properties.disableLocalAuth"));
        Assert.False(string.IsNullOrEmpty(language.String("properties.customSubDomainName")));
        Assert.Equal("[parameters('skuName')]", language.String("sku.name"));
    }

    [Fact]
    public void Application_Insights_has_local_auth_disabled_and_a_workspace()
    {
        var insights = template.Single("Microsoft.Insights/components");

        Assert.True(insights.Boolean("properties.DisableLocalAuth"));
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.String("properties.WorkspaceResourceId"), StringComparison.Ordinal);
        template.Single("Microsoft.OperationalInsights/workspaces");
    }
}
