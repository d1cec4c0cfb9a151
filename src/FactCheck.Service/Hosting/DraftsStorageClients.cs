using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using FactCheck.Azure.Configuration;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Service.Hosting;

/// <summary>
/// Builds the blob and table clients for the <c>DraftsStorage</c> connection the same way the Functions host reads it
/// for the blob trigger: a connection string in <c>DraftsStorage</c>, or identity-based settings
/// (<c>DraftsStorage__blobServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential</c>=managedidentity, <c>__clientId</c>).
/// </summary>
public static class DraftsStorageClients
{
    public static (BlobServiceClient Blobs, TableServiceClient Tables) Create(IConfiguration configuration)
    {
        var connectionString = configuration[SettingNames.DraftsStorageConnection];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return (new BlobServiceClient(connectionString), new TableServiceClient(connectionString));
        }

        var blobUri = Read(configuration, SettingNames.DraftsStorageBlobServiceUri);
        var tableUri = Read(configuration, SettingNames.DraftsStorageTableServiceUri);
        if (blobUri is null)
        {
            throw new InvalidOperationException(
                $"No drafts storage is configured: set {SettingNames.DraftsStorageConnection} to a connection string, or " +
                $"{SettingNames.DraftsStorageBlobServiceUri} and {SettingNames.DraftsStorageTableServiceUri} for managed identity.");
        }

        // The table endpoint of an account follows from its blob endpoint when only the blob (and queue) URIs are set.
        tableUri ??= new Uri(blobUri.AbsoluteUri.Replace(".blob.", ".table.", StringComparison.OrdinalIgnoreCase));
        var credential = CreateCredential(configuration);
        return (new BlobServiceClient(blobUri, credential), new TableServiceClient(tableUri, credential));
    }

    private static TokenCredential CreateCredential(IConfiguration configuration)
    {
        var kind = configuration[Key(SettingNames.DraftsStorageCredential)];
        var clientId = configuration[Key(SettingNames.DraftsStorageClientId)];
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId });
    }

    private static Uri? Read(IConfiguration configuration, string setting)
    {
        var value = configuration[Key(setting)];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{setting} is '{value}', not an absolute URI like https://account.blob.core.windows.net.");
    }

    /// <summary>Settings use <c>__</c> (environment variables); IConfiguration keys use <c>:</c>.</summary>
    public static string Key(string setting) => setting.Replace("__", ":", StringComparison.Ordinal);
}
