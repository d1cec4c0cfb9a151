using FactCheck.Azure.Configuration;
using FactCheck.Service.Hosting;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Service.Tests.Hosting;

/// <summary>The DraftsStorage connection is read the way the Functions host reads it for the trigger.</summary>
public sealed class DraftsStorageClientsTests
{
    [Fact]
    public void A_connection_string_configures_blobs_and_tables()
    {
        var (blobs, tables) = DraftsStorageClients.Create(Configuration(new()
        {
            [SettingNames.DraftsStorageConnection] = "UseDevelopmentStorage=true",
        }));

        Assert.Equal(10000, blobs.Uri.Port);
        Assert.Equal(10002, tables.Uri.Port);
    }

    [Fact]
    public void Identity_based_settings_configure_blobs_and_tables_from_their_service_uris()
    {
        var (blobs, tables) = DraftsStorageClients.Create(Configuration(new()
        {
            [SettingNames.DraftsStorageBlobServiceUri] = "https://newsdrafts.blob.core.windows.net",
            [SettingNames.DraftsStorageQueueServiceUri] = "https://newsdrafts.queue.core.windows.net",
            [SettingNames.DraftsStorageTableServiceUri] = "https://newsdrafts.table.core.windows.net",
            [SettingNames.DraftsStorageCredential] = "managedidentity",
            [SettingNames.DraftsStorageClientId] = "00000000-0000-0000-0000-000000000001",
        }));

        Assert.Equal("newsdrafts.blob.core.windows.net", blobs.Uri.Host);
        Assert.Equal("newsdrafts.table.core.windows.net", tables.Uri.Host);
    }

    [Fact]
    public void The_table_endpoint_follows_from_the_blob_endpoint_when_only_that_is_set()
    {
        var (_, tables) = DraftsStorageClients.Create(Configuration(new()
        {
            [SettingNames.DraftsStorageBlobServiceUri] = "https://newsdrafts.blob.core.windows.net",
        }));

        Assert.Equal("newsdrafts.table.core.windows.net", tables.Uri.Host);
    }

    [Fact]
    public void Missing_settings_say_which_ones_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DraftsStorageClients.Create(Configuration(new())));

        Assert.Contains(SettingNames.DraftsStorageBlobServiceUri, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Settings as the host passes them: environment-variable names, so <c>__</c> nests keys.</summary>
    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => kv.Value))
            .Build();
}
