namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class FunctionAppTests(CompiledTemplate template)
{
    private ArmResource Site => template.Single("Microsoft.Web/sites");

    [Fact]
    public void Plan_is_Flex_Consumption()
    {
        var plan = template.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.String("sku.name"));
        Assert.Equal("FlexConsumption", plan.String("sku.tier"));
        Assert.True(plan.Boolean("properties.reserved"));
    }

    [Fact]
    public void Runtime_is_dotnet_isolated_10()
    {
        Assert.Equal("dotnet-isolated", Site.String("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", Site.String("properties.functionAppConfig.runtime.version"));
    }

    [Fact]
    public void Https_only_with_tls12_and_no_ftp()
    {
        Assert.True(Site.Boolean("properties.httpsOnly"));
        Assert.Equal("1.2", Site.String("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", Site.String("properties.siteConfig.ftpsState"));
    }

    [Fact]
    public void Basic_publishing_credentials_are_off_for_ftp_and_scm()
    {
        var policies = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Contains(policies, policy => policy.String("name")!.Contains("'ftp'", StringComparison.Ordinal));
        Assert.Contains(policies, policy => policy.String("name")!.Contains("'scm'", StringComparison.Ordinal));
        Assert.All(policies, policy => Assert.False(policy.Boolean("properties.allow")));
    }

    [Fact]
    public void Deployment_package_is_read_with_the_user_assigned_identity()
    {
        Assert.Equal("blobContainer", Site.String("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", Site.String("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Equal("[parameters('identityId')]",
            Site.String("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId"));
        Assert.Equal("UserAssigned", Site.String("identity.type"));
    }

    [Fact]
    public void Instance_memory_and_maximum_instances_are_parameters()
    {
        Assert.Equal("[parameters('instanceMemoryMB')]", Site.String("properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB"));
        Assert.Equal("[parameters('maximumInstanceCount')]", Site.String("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount"));
        var main = template.Root["parameters"]!;
        Assert.NotNull(main["instanceMemoryMB"]);
        Assert.NotNull(main["maximumInstanceCount"]);
    }

    [Fact]
    public void Site_carries_the_azd_service_tag_named_in_azure_yaml()
    {
        Assert.Contains("'azd-service-name', 'functions'", Site.String("tags"), StringComparison.Ordinal);
    }
}
