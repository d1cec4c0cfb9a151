using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace FactCheck.Service.Storage;

/// <summary>
/// The storage FactCheck keeps: the drafts container, the extracted texts, and the <c>Articles</c> and <c>Flags</c>
/// tables. Creates them on first use, so a fresh account (or Azurite) needs no setup.
/// </summary>
public sealed class ReviewStorage : IDisposable
{
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _created;

    public ReviewStorage(BlobServiceClient blobs, TableServiceClient tables, ServiceOptions options)
    {
        Options = options;
        Drafts = blobs.GetBlobContainerClient(options.DraftsContainer);
        Extracted = blobs.GetBlobContainerClient(options.ExtractedContainer);
        Articles = tables.GetTableClient(options.ArticlesTable);
        Flags = tables.GetTableClient(options.FlagsTable);
    }

    public ServiceOptions Options { get; }

    public void Dispose() => _createLock.Dispose();

    public BlobContainerClient Drafts { get; }

    public BlobContainerClient Extracted { get; }

    public TableClient Articles { get; }

    public TableClient Flags { get; }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_created)
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_created)
            {
                return;
            }

            await Drafts.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await Extracted.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await Articles.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            await Flags.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _created = true;
        }
        finally
        {
            _createLock.Release();
        }
    }

    public async Task<ArticleEntity?> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await Articles.GetEntityIfExistsAsync<ArticleEntity>(ArticleEntity.Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<FlagEntity>> GetFlagsAsync(string id, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var flags = new List<FlagEntity>();
        await foreach (var flag in Flags.QueryAsync<FlagEntity>(f => f.PartitionKey == id, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            flags.Add(flag);
        }

        return flags;
    }

    public async Task<FlagEntity?> GetFlagAsync(string id, string flagId, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await Flags.GetEntityIfExistsAsync<FlagEntity>(id, flagId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Stores a draft version's extracted text under its content hash: immutable, so whichever check commits the
    /// Articles row last, the row's <see cref="ArticleEntity.TextHash"/> names the text its flags point into.
    /// </summary>
    public async Task SaveTextAsync(string id, string contentHash, string text, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await Extracted.GetBlobClient(TextBlobName(id, contentHash)).UploadAsync(
            BinaryData.FromString(text),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The extracted text of one checked version, or null when there is none.</summary>
    public async Task<string?> GetTextAsync(string id, string? contentHash, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(contentHash))
        {
            return null;
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var content = await Extracted.GetBlobClient(TextBlobName(id, contentHash)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Removes a superseded version's text (best effort: a leftover blob is only wasted space).</summary>
    public async Task DeleteTextAsync(string id, string contentHash, CancellationToken cancellationToken = default)
    {
        await Extracted.GetBlobClient(TextBlobName(id, contentHash)).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The extracted-text blob of one version. Only an id <see cref="ArticleKey"/> made (one segment: no <c>/</c>,
    /// <c>\</c> or <c>%</c>, never starting with a dot) and a hex hash pass, so the name cannot leave its own folder
    /// of the extracted container whatever a caller hands in.
    /// </summary>
    private static string TextBlobName(string id, string contentHash)
    {
        if (!ArticleKey.IsWellFormed(id) || id[0] == '.' || contentHash.Length == 0 || !contentHash.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"'{id}' / '{contentHash}' is not an article id and content hash.", nameof(id));
        }

        return $"{id}/{contentHash}.txt";
    }
}
