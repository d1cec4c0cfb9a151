namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class RoleAssignmentTests(CompiledTemplate template)
{
    /// <summary>Built-in role id → the resource type the assignment must be scoped to.</summary>
    public static TheoryData<string, string, string> IdentityRoles => new()
    {
        { "Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts" },
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
        var assignment = Assert.Single(AssignmentsOf("ba92f5b4-2d11-453d-a403-e96b0029c9fe"));

        Assert.Equal("[parameters('userPrincipalId')]", assignment.String("properties.principalId"));
        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers'", assignment.String("scope"), StringComparison.Ordinal);
        Assert.Contains("empty(parameters('userPrincipalId'))", assignment.String("condition"), StringComparison.Ordinal);
        Assert.Equal("", template.Root["parameters"]!["principalId"]!["defaultValue"]!.GetValue<string>());
    }

    private IEnumerable<ArmResource> AssignmentsOf(string roleId) =>
        template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(assignment => assignment.String("properties.roleDefinitionId")!.Contains($"'{roleId}'", StringComparison.OrdinalIgnoreCase));
}
