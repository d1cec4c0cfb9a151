using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Caching;

namespace FactCheck.Azure.Tests.Caching;

public sealed class FileRecognitionCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    internal static RecognitionResult Sample { get; } = new RecognitionResult(
    [
        new Entity("Mevlut Cavusoglu", EntityCategory.Person, 25, 16, 0.97) { Subcategory = "Person", LinkedEntityId = "Mevlut Cavusoglu" },
        new Entity("Ankara", EntityCategory.Location, 60, 6, 0.8) { Subcategory = "City" },
    ])
    {
        Recognizer = "azure",
        Usage = new RecognitionUsage(2, 3),
        Diagnostics = [new RecognizerDiagnostic("warning", "LongWordsInDocument", "EntityRecognition: long words")],
    };

    [Fact]
    public async Task A_stored_result_reads_back_equal()
    {
        var cache = new FileRecognitionCache(_directory);
        var key = RecognitionCacheKey.Compute("azure|2026-05-01", "text");

        await cache.SetAsync(key, Sample);
        var read = await cache.GetAsync(key);

        Assert.NotNull(read);
        Assert.Equal(Sample.Entities, read.Entities);
        Assert.Equal(Sample.Diagnostics, read.Diagnostics);
        Assert.Equal(Sample.Recognizer, read.Recognizer);
        Assert.Equal(Sample.Usage, read.Usage);
    }

    [Fact]
    public async Task Missing_and_corrupt_entries_are_misses()
    {
        var cache = new FileRecognitionCache(_directory);
        var key = RecognitionCacheKey.Compute("azure", "other text");

        Assert.Null(await cache.GetAsync(key));
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, key + ".json"), "{ not json");
        Assert.Null(await cache.GetAsync(key));
    }

    [Fact]
    public void Keys_differ_by_identity_and_by_text()
    {
        var key = RecognitionCacheKey.Compute("azure|2026-05-01", "text");

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, RecognitionCacheKey.Compute("azure|2026-05-01", "text"));
        Assert.NotEqual(key, RecognitionCacheKey.Compute("azure|2024-11-01", "text"));
        Assert.NotEqual(key, RecognitionCacheKey.Compute("azure|2026-05-01", "text "));
        Assert.NotEqual(RecognitionCacheKey.Compute("ab", "c"), RecognitionCacheKey.Compute("a", "bc"));
    }

    [Fact]
    public void The_default_directory_is_a_factcheck_folder_in_the_user_cache()
    {
        Assert.EndsWith(Path.Combine("factcheck", "recognition"), FileRecognitionCache.DefaultDirectory, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(FileRecognitionCache.DefaultDirectory));
    }
}
