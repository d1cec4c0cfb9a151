using FactCheck.Azure.Caching;
using FactCheck.Azure.Language;
using FactCheck.Azure.Tests.Language;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Caching;

namespace FactCheck.Azure.Tests.Caching;

public sealed class BlobRecognitionCacheTests(AzuriteBlobFixture azurite) : IClassFixture<AzuriteBlobFixture>
{
    [Fact]
    public async Task A_stored_result_reads_back_equal_and_the_container_is_created_on_first_write()
    {
        var container = azurite.NewContainer();
        var cache = new BlobRecognitionCache(container);
        var key = RecognitionCacheKey.Compute("azure|2026-05-01", "text");

        Assert.Null(await cache.GetAsync(key));
        await cache.SetAsync(key, FileRecognitionCacheTests.Sample);
        var read = await cache.GetAsync(key);

        Assert.True((await container.ExistsAsync()).Value);
        Assert.True((await container.GetBlobClient(key + ".json").ExistsAsync()).Value);
        Assert.NotNull(read);
        Assert.Equal(FileRecognitionCacheTests.Sample.Entities, read.Entities);
        Assert.Equal(FileRecognitionCacheTests.Sample.Diagnostics, read.Diagnostics);
    }

    [Fact]
    public async Task Functions_composition_with_the_blob_cache_makes_no_request_on_a_repeat_check()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var container = azurite.NewContainer();
        var cache = new BlobRecognitionCache(container);
        var options = new RecognizerOptions { Recognizer = "azure", Endpoint = server.Endpoint, Key = TestRecognizers.Key };
        var draft = ExtractedDocument.FromPlainText(Articles.Seed);

        var first = await RecognizerFactory.Create(options, cache: cache, configure: TestRecognizers.MakeFast).RecognizeAsync(draft);
        var second = await RecognizerFactory.Create(options, cache: new BlobRecognitionCache(new global::Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, container.Name)), configure: TestRecognizers.MakeFast).RecognizeAsync(draft);

        Assert.Single(server.Requests);
        Assert.Equal(new RecognitionUsage(0, 0, FromCache: true), second.Usage);
        Assert.Equal(first.Entities, second.Entities);
    }
}
