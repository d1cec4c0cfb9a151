using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Core.Checking;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;
using FactCheck.Service;
using FactCheck.Service.Http;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Testing;

/// <summary>
/// The service layer over Azurite with tables and containers of its own (so tests sharing one Azurite never see each
/// other's rows), a counting recognizer and (unless given real rules) the watch-word rules ("Davutoglu" → "Cavusoglu" as a warning,
/// "Ankra" → "Ankara" as an error).
/// </summary>
public sealed class TestService
{
    public TestService(AzuriteFixture azurite, Func<ServiceOptions, ServiceOptions>? configure = null, RuleEngine? rules = null)
        : this(azurite.ConnectionString, configure, rules)
    {
    }

    /// <summary>The service over any storage account, with the storage clients' own options (retries, timeouts, policies).</summary>
    public TestService(string connectionString, Func<ServiceOptions, ServiceOptions>? configure = null, RuleEngine? rules = null, BlobClientOptions? blobOptions = null, TableClientOptions? tableOptions = null)
    {
        var options = IsolatedStorage.Options();
        Options = configure is null ? options : configure(options);
        Blobs = new BlobServiceClient(connectionString, blobOptions);
        Tables = new TableServiceClient(connectionString, tableOptions);
        Storage = new ReviewStorage(Blobs, Tables, Options);
        Recognizer = new CountingRecognizer();
        Checker = new DocumentChecker(Recognizer, rules ?? new RuleEngine(
        [
            new WatchWordRule("test-watch-word", Severity.Warning, new Dictionary<string, string> { ["Davutoglu"] = "Cavusoglu" }),
            new WatchWordRule("test-watch-place", Severity.Error, new Dictionary<string, string> { ["Ankra"] = "Ankara" }),
        ]));
        Processor = new DraftProcessor(Storage, Checker, NullLogger<DraftProcessor>.Instance);
        Check = new CheckHandler(Checker, Options, NullLogger<CheckHandler>.Instance);
        Drafts = new DraftsHandler(Storage, Processor, NullLogger<DraftsHandler>.Instance);
        Articles = new ArticlesHandler(Storage, NullLogger<ArticlesHandler>.Instance);
    }

    public ServiceOptions Options { get; }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public ReviewStorage Storage { get; }

    public CountingRecognizer Recognizer { get; }

    public DocumentChecker Checker { get; }

    public DraftProcessor Processor { get; }

    public CheckHandler Check { get; }

    public DraftsHandler Drafts { get; }

    public ArticlesHandler Articles { get; }

    /// <summary>Uploads <paramref name="content"/> as a blob in this service's drafts container.</summary>
    public async Task<BlobClient> UploadAsync(string name, string content, string contentType = "text/plain")
    {
        await Storage.EnsureCreatedAsync();
        var blob = Storage.Drafts.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(content), new global::Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            HttpHeaders = new global::Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = contentType },
        });
        return blob;
    }

    public async Task<BlobClient> UploadAsync(string name, byte[] content, string contentType)
    {
        await Storage.EnsureCreatedAsync();
        var blob = Storage.Drafts.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content), new global::Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            HttpHeaders = new global::Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = contentType },
        });
        return blob;
    }

    public async Task<ArticleEntity> ArticleAsync(string name) =>
        (await Storage.GetArticleAsync(ArticleKey.Encode(name)))
        ?? throw new Xunit.Sdk.XunitException($"No Articles row for '{name}'.");

    public async Task<IReadOnlyList<FlagEntity>> FlagsAsync(string name) => await Storage.GetFlagsAsync(ArticleKey.Encode(name));
}
