using Azure.Storage.Blobs;
using FactCheck.Azure.Caching;
using FactCheck.Azure.Configuration;
using FactCheck.Azure.Language;
using FactCheck.Core.Entities;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Service.Hosting;

/// <summary>
/// Picks the entity recognizer from <c>FactCheck__Recognizer</c>: <c>local</c> (default) or <c>azure</c>. The one place
/// hosts get their recognizer from.
/// </summary>
public static class RecognizerRegistration
{
    public static IEntityRecognizer Create(IConfiguration configuration, IServiceProvider services)
    {
        var name = configuration[DraftsStorageClients.Key(SettingNames.Recognizer)]?.Trim().ToLowerInvariant();
        return name switch
        {
            null or "" or "local" => new LocalEntityRecognizer(),
            "azure" => CreateAzure(configuration, services),
            _ => throw new InvalidOperationException($"{SettingNames.Recognizer} is '{name}'; use 'local' or 'azure'."),
        };
    }

    /// <summary>
    /// Azure AI Language with managed identity (<c>FactCheck__Language__ClientId</c>) or the default credential chain,
    /// its results cached as blobs in the drafts account so an unchanged text is never billed twice.
    /// </summary>
    private static IEntityRecognizer CreateAzure(IConfiguration configuration, IServiceProvider services)
    {
        var options = RecognizerOptions.FromSettings(name => configuration[name]) with { Recognizer = RecognizerOptions.Azure };
        var blobs = services.GetService(typeof(BlobServiceClient)) as BlobServiceClient;
        var cache = blobs is null ? null : new BlobRecognitionCache(blobs.GetBlobContainerClient(RecognitionCacheContainer));
        return RecognizerFactory.Create(options, cache: cache);
    }

    /// <summary>The blob container holding cached recognition results.</summary>
    public const string RecognitionCacheContainer = "recognition-cache";
}
