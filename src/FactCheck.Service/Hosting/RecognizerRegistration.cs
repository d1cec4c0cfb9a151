using Azure.Storage.Blobs;
using FactCheck.Azure.Caching;
using FactCheck.Azure.Language;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Entities;

namespace FactCheck.Service.Hosting;

/// <summary>
/// The service hosts' recognizer: the profile's, with Azure AI Language results cached as blobs in the drafts account
/// (instead of the CLI's file cache) so an unchanged text is never billed twice by any instance.
/// </summary>
public static class RecognizerRegistration
{
    public static IEntityRecognizer Create(CheckProfile profile, BlobServiceClient? blobs, Action<LanguageClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var cache = blobs is null || !profile.Recognizer.UseCache ? null : new BlobRecognitionCache(blobs.GetBlobContainerClient(RecognitionCacheContainer));
        return profile.CreateRecognizer(cache, configure);
    }

    /// <summary>The blob container holding cached recognition results.</summary>
    public const string RecognitionCacheContainer = "recognition-cache";
}
