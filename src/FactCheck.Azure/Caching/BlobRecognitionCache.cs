using Azure;
using Azure.Storage.Blobs;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Caching;

namespace FactCheck.Azure.Caching;

/// <summary>
/// A recognition cache in a blob container (one <c>{key}.json</c> blob per entry), for the Functions app, so
/// every instance shares what any of them paid for. The container is created on first write.
/// </summary>
public sealed class BlobRecognitionCache : IRecognitionCache
{
    /// <summary>The container the Functions app uses unless configured otherwise.</summary>
    public const string DefaultContainerName = "recognition-cache";

    private readonly BlobContainerClient _container;
    private bool _containerExists;

    public BlobRecognitionCache(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    public async Task<RecognitionResult?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await _container.GetBlobClient(BlobName(key)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return RecognitionCacheSerializer.TryDeserialize(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task SetAsync(string key, RecognitionResult result, CancellationToken cancellationToken = default)
    {
        if (!_containerExists)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _containerExists = true;
        }

        await _container.GetBlobClient(BlobName(key))
            .UploadAsync(BinaryData.FromBytes(RecognitionCacheSerializer.Serialize(result)), overwrite: true, cancellationToken)
            .ConfigureAwait(false);
    }

    private static string BlobName(string key)
    {
        if (key.Length == 0 || key.Any(c => !char.IsAsciiHexDigit(c)))
        {
            throw new ArgumentException("A cache key is a hex digest.", nameof(key));
        }

        return key + ".json";
    }
}
