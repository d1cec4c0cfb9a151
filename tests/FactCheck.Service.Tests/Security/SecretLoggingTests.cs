using Azure;
using FactCheck.Azure.Tests.Language;
using FactCheck.Core.Checking;
using FactCheck.Service;
using FactCheck.Service.Hosting;
using FactCheck.Service.Processing;
using FactCheck.Testing;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Service.Tests.Security;

/// <summary>
/// No key ever reaches a log: a sentinel Language key and a sentinel storage AccountKey go through every path that
/// logs (success, retries, 401, 403 from storage), with ILogger and every Azure SDK event captured at Verbose.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecretLoggingTests(AzuriteFixture azurite)
{
    private const string LanguageKey = "sentinel-language-key-5b1e7c0d9a";

    // Base64, as an AccountKey must be; it decodes to "sentinel-account-key-2f8d4a61e0...".
    private const string AccountKey = "c2VudGluZWwtYWNjb3VudC1rZXktMmY4ZDRhNjFlMGM3YjM5NQ==";

    [Fact]
    public async Task The_language_key_never_appears_in_logs_on_success_retries_or_rejection()
    {
        await using var language = await FakeLanguageServer.StartAsync();
        using var logs = new CapturedLogs();
        var service = new TestService(azurite);
        var processor = new DraftProcessor(service.Storage, new DocumentChecker(QuickRetryLanguageRecognizer.For(language, LanguageKey)), logs.For<DraftProcessor>());
        language.Knows(new KnownName("Davutoglu", "Person", Type: "Person"))
            .Then(FakeAnswer.Error(429, "429", "Rate limit is exceeded.", new Dictionary<string, string> { ["Retry-After"] = "0" }));
        await processor.ProcessBlobAsync(await service.UploadAsync("secret/ok.txt", Drafts.Seed));
        for (var i = 0; i < 4; i++)
        {
            language.Then(FakeAnswer.Error(401, "401", "Access denied due to invalid subscription key."));
        }

        var denied = await service.UploadAsync("secret/denied.txt", Drafts.Edited);
        await Assert.ThrowsAnyAsync<Exception>(() => processor.ProcessBlobAsync(denied));

        Assert.All(language.Requests, r => Assert.Equal(LanguageKey, r.Header("Ocp-Apim-Subscription-Key")));
        Assert.Contains(logs.Lines, l => l.Contains("RequestRetrying"));
        Assert.Contains(logs.Lines, l => l.Contains("HTTP 401"));
        AssertNeverLogged(logs, LanguageKey);
    }

    [Fact]
    public async Task The_language_key_never_appears_in_logs_or_the_stored_error_when_the_service_echoes_the_headers()
    {
        // '+' and '/' so the echo carries the key JSON-escaped (\u002B) as well as as sent.
        const string key = "sentinel+Key/3c9e0a7b5d1f4e62";
        await using var language = await FakeLanguageServer.StartAsync();
        using var logs = new CapturedLogs();
        var service = new TestService(azurite);
        var processor = new DraftProcessor(service.Storage, new DocumentChecker(QuickRetryLanguageRecognizer.For(language, key)), logs.For<DraftProcessor>());
        language.Then(FakeAnswer.EchoingHeaders(400, "InvalidRequest"));

        var blob = await service.UploadAsync("secret/echo.txt", Drafts.Seed);
        await Assert.ThrowsAnyAsync<Exception>(() => processor.ProcessBlobAsync(blob));

        Assert.Equal(key, Assert.Single(language.Requests).Header("Ocp-Apim-Subscription-Key"));
        Assert.Contains(logs.Lines, l => l.Contains("HTTP 400, InvalidHeaders: Request headers were", StringComparison.Ordinal));
        AssertNeverLogged(logs, "3c9e0a7b5d1f4e62");
        var stored = (await service.ArticleAsync(blob.Name)).LastError;
        Assert.Contains("HTTP 400", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("3c9e0a7b5d1f4e62", stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_storage_account_key_never_appears_in_logs_when_storage_refuses_it()
    {
        using var logs = new CapturedLogs();
        var connection = azurite.ConnectionString.Replace(AccountKeyOf(azurite.ConnectionString), AccountKey, StringComparison.Ordinal);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [FactCheck.Azure.Configuration.SettingNames.DraftsStorageConnection] = connection })
            .Build();
        var (blobs, tables) = DraftsStorageClients.Create(configuration);
        var storage = new FactCheck.Service.Storage.ReviewStorage(blobs, tables, new ServiceOptions { ArticlesTable = "SecretArticles", FlagsTable = "SecretFlags", DraftsContainer = "secret-drafts", ExtractedContainer = "secret-extracted" });
        var processor = new DraftProcessor(storage, new DocumentChecker(new FactCheck.Core.Entities.Local.LocalEntityRecognizer()), logs.For<DraftProcessor>());

        var failure = await Assert.ThrowsAnyAsync<RequestFailedException>(() => processor.ProcessAsync("secret/draft.txt", "Mevlut Cavusoglu spoke."u8.ToArray(), "text/plain"));

        Assert.Equal(403, failure.Status);
        Assert.Contains(logs.Lines, l => l.Contains("Checking secret/draft.txt failed"));
        Assert.Contains(logs.Lines, l => l.Contains("Authorization"));
        AssertNeverLogged(logs, AccountKey);
        AssertNeverLogged(logs, "sentinel-account-key");
    }

    private static void AssertNeverLogged(CapturedLogs logs, string secret)
    {
        Assert.NotEmpty(logs.Lines);
        var leaks = logs.Lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(leaks.Length == 0, $"The secret appeared in {leaks.Length} log lines, e.g. {leaks.FirstOrDefault()}");
    }

    private static string AccountKeyOf(string connectionString) =>
        connectionString.Split(';').Single(p => p.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];
}
