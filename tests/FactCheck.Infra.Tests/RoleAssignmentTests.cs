using FactCheck.Azure.Caching;

namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class RoleAssignmentTests(CompiledTemplate template)
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string BlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    private const string ContainerScope = "[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', ";

    /// <summary>Built-in role id → the resource type the assignment must be scoped to.</summary>
    public static TheoryData<string, string, string> IdentityRoles => new()
    {
        { "Storage Queue Data Contributor", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts" },
        { "Storage Table Data Contributor", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts" },
        { "Cognitive Services User", "a97b65f3-24c7-4388-baec-2e87135dc908", "Microsoft.CognitiveServices/accounts" },
        { "Monitoring Metrics Publisher", "3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components" },
    };

    [Theory]
    [MemberData(nameof(IdentityRoles))]
    public void Managed_identity_holds_the_role_on_the_right_resource(string role, string roleId, string scopeType)
    {
        var assignment = Assert.Single(AssignmentsOf(roleId));

        Assert.True(assignment.String("properties.principalId") == "[parameters('identityPrincipalId')]", role);
        Assert.Equal("ServicePrincipal", assignment.String("properties.principalType"));
        Assert.StartsWith($"[resourceId('{scopeType}'", assignment.String("scope"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_blob_data_role_is_assigned_to_the_app_identity_at_account_scope()
    {
        var blobRoles = template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.String("properties.principalId") == "[parameters('identityPrincipalId')]")
            .Where(a => new[] { BlobDataOwner, BlobDataContributor, BlobDataReader }.Any(id => a.String("properties.roleDefinitionId")!.Contains($"'{id}'", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.NotEmpty(blobRoles);
        // A missing scope would be the resource group, broader still than the account.
        Assert.All(blobRoles, a => Assert.StartsWith(ContainerScope, a.String("scope"), StringComparison.Ordinal));
    }

    [Fact]
    public void App_identity_may_write_blobs_only_in_the_containers_the_app_uses()
    {
        var assignment = Assert.Single(AssignmentsOf(BlobDataContributor), a => a.Node["copy"] is not null);

        Assert.Equal(ContainerScope + "parameters('appContainerNames')[copyIndex()])]", assignment.String("scope"));
        Assert.Equal("[length(parameters('appContainerNames'))]", assignment.String("copy.count"));
        Assert.Equal("[variables('appContainerNames')]", RoleParameter("appContainerNames"));
        // The names the code uses: ServiceOptions.DefaultDraftsContainer, ServiceOptions.ExtractedContainer, the recognition cache.
        Assert.Equal(["drafts", "extracted", BlobRecognitionCache.DefaultContainerName, "[variables('houseFileContainerName')]"], MainArray("appContainerNames"));
    }

    [Fact]
    public void Host_identity_owns_blobs_only_in_the_functions_host_containers()
    {
        var assignment = Assert.Single(AssignmentsOf(BlobDataOwner));

        Assert.Equal(ContainerScope + "parameters('hostContainerNames')[copyIndex()])]", assignment.String("scope"));
        Assert.Equal("[variables('hostContainerNames')]", RoleParameter("hostContainerNames"));
        Assert.Equal(["azure-webjobs-hosts", "azure-webjobs-secrets"], MainArray("hostContainerNames"));
    }

    [Fact]
    public void Flex_consumption_reads_the_package_with_a_role_on_the_deployment_container()
    {
        var assignment = Assert.Single(AssignmentsOf(BlobDataContributor), a => a.String("scope")!.Contains("parameters('deploymentContainerName')", StringComparison.Ordinal));

        Assert.Equal("[parameters('identityPrincipalId')]", assignment.String("properties.principalId"));
        Assert.Equal("[variables('deploymentContainerName')]", RoleParameter("deploymentContainerName"));
    }

    [Fact]
    public void Every_container_a_role_is_scoped_to_is_created()
    {
        var created = ArmResource.Find(template.Module("storage").Node, "properties.parameters.otherContainerNames.value")?.GetValue<string>();

        Assert.NotNull(created);
        Assert.Contains("variables('appContainerNames')", created, StringComparison.Ordinal);
        Assert.Contains("variables('hostContainerNames')", created, StringComparison.Ordinal);
        Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => c.Node["copy"] is not null);
    }

    [Fact]
    public void Role_module_receives_the_principal_of_the_user_assigned_identity()
    {
        var value = ArmResource.Find(template.Module("roles").Node, "properties.parameters.identityPrincipalId.value")?.GetValue<string>();

        Assert.NotNull(value);
        Assert.Contains("'identity'", value, StringComparison.Ordinal);
        Assert.Contains("outputs.principalId.value", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploying_user_may_upload_to_the_drafts_container_only_when_given()
    {
        // Storage Blob Data Contributor, scoped to the drafts container, and skipped when no principal id is passed.
        var assignment = Assert.Single(AssignmentsOf(BlobDataContributor), a => a.String("properties.principalId") == "[parameters('userPrincipalId')]");

        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers'", assignment.String("scope"), StringComparison.Ordinal);
        Assert.Contains("empty(parameters('userPrincipalId'))", assignment.String("condition"), StringComparison.Ordinal);
        Assert.Equal("", template.Root["parameters"]!["principalId"]!["defaultValue"]!.GetValue<string>());
    }

    private string? RoleParameter(string name) =>
        ArmResource.Find(template.Module("roles").Node, $"properties.parameters.{name}.value")?.GetValue<string>();

    private string[] MainArray(string name) =>
        template.Root["variables"]![name]!.AsArray()
            .Select(item => item!.GetValue<string>() == "[variables('draftsContainerName')]" ? template.Root["variables"]!["draftsContainerName"]!.GetValue<string>() : item!.GetValue<string>())
            .ToArray();

    private IEnumerable<ArmResource> AssignmentsOf(string roleId) =>
        template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(assignment => assignment.String("properties.roleDefinitionId")!.Contains($"'{roleId}'", StringComparison.OrdinalIgnoreCase));
}
