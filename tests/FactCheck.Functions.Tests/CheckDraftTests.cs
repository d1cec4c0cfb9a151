using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Queues;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace FactCheck.Functions.Tests;

/// <summary>
/// The <see cref="CheckDraft"/> blob trigger over the shared draft processor: a blob becomes an article row and flags,
/// and a blob deleted before its check completes the trigger without a retry. What the processor records is tested in
/// FactCheck.Service.Tests.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CheckDraftTests
{
    private readonly AzuriteFixture _azurite;
    private readonly TestService _service;

    public CheckDraftTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _service = new TestService(azurite);
    }

    [Fact]
    public async Task A_draft_blob_yields_an_article_row_and_its_flags()
    {
        const string name = "politics/2026/turkey greece.txt";
        var blob = await _service.UploadAsync(name, Drafts.Seed);

        await new CheckDraft(_service.Processor, NullLogger<CheckDraft>.Instance).RunAsync(blob, name, CancellationToken.None);

        var article = await _service.ArticleAsync(name);
        Assert.Equal(nameof(ArticleStatus.Checked), article.Status);
        Assert.Equal(name, article.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Drafts.Seed))), article.ContentHash);
        Assert.Equal((1, 1, 0), (article.Errors, article.Warnings, article.Infos));
        Assert.Equal("local", article.Recognizer);
        Assert.NotNull(article.CheckedAt);

        var flags = await _service.FlagsAsync(name);
        var drift = Assert.Single(flags, f => f.Rule == "test-watch-word");
        Assert.Equal(("Davutoglu", 3, 1), (drift.Text, drift.Line, drift.Column));
        Assert.Equal(Drafts.Seed.IndexOf("Davutoglu", StringComparison.Ordinal), drift.Offset);
        Assert.Equal("warning", drift.Severity);
        Assert.Equal("Cavusoglu", drift.Suggestion);
        Assert.Equal(nameof(FlagStatus.Open), drift.Status);
        var related = Assert.Single(JArray.Parse(drift.Related!));
        Assert.Equal(Drafts.Seed.IndexOf("Cavusoglu", StringComparison.Ordinal), (int)related["offset"]!);
        Assert.Equal(nameof(FlagStatus.Open), Assert.Single(flags, f => f.Rule == "test-watch-place").Status);

        Assert.Equal(Drafts.Seed, await _service.Storage.GetTextAsync(ArticleKey.Encode(name), article.TextHash));
    }

    [Fact]
    public async Task A_blob_deleted_before_its_check_completes_the_trigger_without_retry_and_logs_why()
    {
        using var logs = new CapturedLogs();
        var processor = new DraftProcessor(_service.Storage, _service.Checker, logs.For<DraftProcessor>());
        var host = new SimulatedBlobTriggerHost(processor, new QueueServiceClient(_azurite.ConnectionString));
        var blob = await _service.UploadAsync("gone/deleted.txt", Drafts.Seed);
        await blob.DeleteAsync();

        await new CheckDraft(processor, logs.For<CheckDraft>()).RunAsync(blob, blob.Name, CancellationToken.None);
        var outcome = await host.DeliverEventAsync(blob);

        Assert.Equal(DraftSkip.Deleted, outcome?.Skipped);
        Assert.Equal(1, host.Attempts[blob.Name]);
        Assert.Empty(host.Failures);
        Assert.DoesNotContain(blob.Name, await host.TakePoisonedAsync());
        Assert.Null(await _service.Storage.GetArticleAsync(ArticleKey.Encode(blob.Name)));
        Assert.Equal(0, _service.Recognizer.Calls);
        Assert.Contains(logs.Lines, l => l.Contains("gone/deleted.txt") && l.Contains("deleted before its check"));
    }
}
