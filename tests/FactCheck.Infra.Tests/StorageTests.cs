namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class StorageTests(CompiledTemplate template)
{
    private ArmResource Account => template.Single("Microsoft.Storage/storageAccounts");

    [Fact]
    public void Shared_key_access_is_off()
    {
        Assert.False(Account.Boolean("properties.allowSharedKeyAccess"));
    }

    [Fact]
    public void Public_blob_access_is_off()
    {
        Assert.False(Account.Boolean("properties.allowBlobPublicAccess"));
    }

    [Fact]
    public void Only_tls12_over_https_is_accepted()
    {
        Assert.Equal("TLS1_2", Account.String("properties.minimumTlsVersion"));
        Assert.True(Account.Boolean("properties.supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void Drafts_deployment_and_other_containers_exist_and_are_private()
    {
        var containers = template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        // Drafts, the deployment package, and one loop over the app's and the host's other containers.
        Assert.Equal(3, containers.Count);
        Assert.All(containers, container => Assert.Equal("None", container.String("properties.publicAccess")));
        var draftsName = ArmResource.Find(template.Module("storage").Node, "properties.parameters.draftsContainerName.value")!.GetValue<string>();
        Assert.Equal("[variables('draftsContainerName')]", draftsName);
        Assert.Equal("drafts", template.Root["variables"]!["draftsContainerName"]!.GetValue<string>());
    }

    [Fact]
    public void Articles_and_Flags_tables_exist()
    {
        var names = template.OfType("Microsoft.Storage/storageAccounts/tableServices/tables")
            .Select(table => table.String("name"))
            .ToList();

        Assert.Equal(2, names.Count);
        Assert.Contains(names, name => name!.Contains("'Articles'", StringComparison.Ordinal));
        Assert.Contains(names, name => name!.Contains("'Flags'", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_Grid_system_topic_publishes_the_storage_accounts_events()
    {
        var topic = template.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.String("properties.topicType"));
        Assert.Contains("Microsoft.Storage/storageAccounts", topic.String("properties.source"), StringComparison.Ordinal);
    }
}
