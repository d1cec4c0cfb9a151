using Azure.Core.Diagnostics;
using FactCheck.Azure.Language;
using FactCheck.Azure.Tests.Language;
using FactCheck.Core.Checking;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests.Faults;

/// <summary>
/// Azure AI Language answering bursts of 429 and 500 and then recovering: checks complete, the number of requests is
/// bounded by the retry policy, and both the report's diagnostics and the logs say what happened.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LanguageOutageTests(AzuriteFixture azurite)
{
    private const int MaxRetries = QuickRetryLanguageRecognizer.MaxRetries;

    private static readonly KnownName[] Names =
    [
        new("Mevlut Cavusoglu", "Person", Type: "Person"),
        new("Davutoglu", "Person", Type: "Person"),
        new("Ankara", "Location", Type: "City"),
    ];

    [Fact]
    public async Task Bursts_of_429_and_500_are_retried_a_bounded_number_of_times_and_reported()
    {
        await using var language = await FakeLanguageServer.StartAsync();
        using var logs = new CapturedLogs();
        var (service, processor) = ServiceWith(language, "test-key-not-secret", logs);
        language.Knows(Names)
            .Then(FakeAnswer.Error(429, "429", "Rate limit is exceeded.", new Dictionary<string, string> { ["Retry-After"] = "0" }))
            .Then(FakeAnswer.Error(429, "429", "Rate limit is exceeded.", new Dictionary<string, string> { ["Retry-After"] = "0" }))
            .Then(FakeAnswer.Error(500, "InternalServerError", "Internal error."));

        var outcome = await processor.ProcessBlobAsync(await service.UploadAsync("burst/first.txt", Drafts.Seed));

        Assert.Equal(ArticleStatus.Checked, outcome.Status);
        Assert.Equal(MaxRetries + 1, language.Requests.Count);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Retried") && l.Contains("attempt 4 after HTTP 429, HTTP 429, HTTP 500"));
        // The listener is process-wide (other tests retry too); the exact bound is the fake server's request count above.
        Assert.True(logs.Lines.Count(l => l.Contains("RequestRetrying")) >= 3);

        var report = await new DocumentChecker(QuickRetryLanguageRecognizer.For(language, "test-key-not-secret"))
            .CheckAsync(FactCheck.Core.Documents.ExtractedDocument.FromPlainText(Drafts.Seed));
        Assert.Empty(report.Diagnostics);
        language.Then(FakeAnswer.Error(503, "ServiceUnavailable", "Busy."));
        report = await new DocumentChecker(QuickRetryLanguageRecognizer.For(language, "test-key-not-secret"))
            .CheckAsync(FactCheck.Core.Documents.ExtractedDocument.FromPlainText(Drafts.Seed));
        var retried = Assert.Single(report.Diagnostics);
        Assert.Equal(("warning", "Retried"), (retried.Severity, retried.Code));
        Assert.Contains("HTTP 503", retried.Message);
    }

    [Fact]
    public async Task A_burst_longer_than_the_retries_fails_the_draft_as_transient_and_the_next_delivery_completes_it()
    {
        await using var language = await FakeLanguageServer.StartAsync();
        using var logs = new CapturedLogs();
        var (service, processor) = ServiceWith(language, "test-key-not-secret", logs);
        language.Knows(Names);
        for (var i = 0; i < 2 * (MaxRetries + 1); i++)
        {
            language.Then(FakeAnswer.Error(i % 2 == 0 ? 500 : 429, "Busy", "Try later.", new Dictionary<string, string> { ["Retry-After"] = "0" }));
        }

        var blob = await service.UploadAsync("burst/second.txt", Drafts.Seed);
        for (var delivery = 1; delivery <= 2; delivery++)
        {
            var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => processor.ProcessBlobAsync(blob));
            Assert.True(failure.IsTransient);
            Assert.Equal(delivery * (MaxRetries + 1), language.Requests.Count);
            var row = await service.ArticleAsync(blob.Name);
            Assert.Equal(nameof(ArticleStatus.Failed), row.Status);
            Assert.Contains($"after {MaxRetries + 1} attempts", row.LastError);
        }

        var outcome = await processor.ProcessBlobAsync(blob);

        Assert.Equal(ArticleStatus.Checked, outcome.Status);
        Assert.Equal(2 * (MaxRetries + 1) + 1, language.Requests.Count);
        Assert.Equal(2, logs.Lines.Count(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("Checking burst/second.txt failed")));
        Assert.Null((await service.ArticleAsync(blob.Name)).LastError);
    }

    internal (TestService Service, DraftProcessor Processor) ServiceWith(FakeLanguageServer language, string key, CapturedLogs logs)
    {
        var service = new TestService(azurite);
        var processor = new DraftProcessor(service.Storage, new DocumentChecker(QuickRetryLanguageRecognizer.For(language, key)), logs.For<DraftProcessor>());
        return (service, processor);
    }
}
