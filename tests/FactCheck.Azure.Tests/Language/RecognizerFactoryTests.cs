using FactCheck.Azure.Language;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Azure.Tests.Language;

public sealed class RecognizerFactoryTests : IDisposable
{
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_repeat_check_of_the_same_text_makes_no_request()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var recognizer = RecognizerFactory.Create(AzureOptions(server), configure: TestRecognizers.MakeFast);
        var draft = ExtractedDocument.FromPlainText(Articles.Seed);

        var first = await recognizer.RecognizeAsync(draft);
        var second = await recognizer.RecognizeAsync(draft);

        Assert.Single(server.Requests);
        Assert.Equal(new RecognitionUsage(1, 1), first.Usage);
        Assert.Equal(new RecognitionUsage(0, 0, FromCache: true), second.Usage);
        Assert.Equal("azure", second.Recognizer);
        Assert.Equal(first.Entities, second.Entities);
        Assert.NotEmpty(second.Entities);
    }

    [Fact]
    public async Task The_cache_survives_a_new_process_but_not_a_changed_text_or_api_version()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var draft = ExtractedDocument.FromPlainText(Articles.Seed);

        await RecognizerFactory.Create(AzureOptions(server), configure: TestRecognizers.MakeFast).RecognizeAsync(draft);
        var again = await RecognizerFactory.Create(AzureOptions(server), configure: TestRecognizers.MakeFast).RecognizeAsync(draft);
        await RecognizerFactory.Create(AzureOptions(server), configure: TestRecognizers.MakeFast).RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed + " Edited."));
        await RecognizerFactory.Create(AzureOptions(server) with { ApiVersion = "2025-11-01" }, configure: TestRecognizers.MakeFast).RecognizeAsync(draft);

        Assert.True(again.Usage.FromCache);
        Assert.Equal(["2026-05-01", "2026-05-01", "2025-11-01"], server.Requests.Select(r => r.ApiVersion));
    }

    [Fact]
    public async Task Without_the_cache_every_check_calls_the_service()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var recognizer = RecognizerFactory.Create(AzureOptions(server) with { UseCache = false }, configure: TestRecognizers.MakeFast);
        var draft = ExtractedDocument.FromPlainText(Articles.Seed);

        await recognizer.RecognizeAsync(draft);
        await recognizer.RecognizeAsync(draft);

        Assert.Equal(2, server.Requests.Count);
        Assert.False(Directory.Exists(_cacheDirectory));
    }

    [Fact]
    public async Task A_result_with_a_document_error_is_not_cached()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All).FailDocumentWhen(_ => true, "InvalidDocument", "Document text is empty.");
        var recognizer = RecognizerFactory.Create(AzureOptions(server), configure: TestRecognizers.MakeFast);
        var draft = ExtractedDocument.FromPlainText(Articles.Seed);

        await recognizer.RecognizeAsync(draft);
        var second = await recognizer.RecognizeAsync(draft);

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(second.Diagnostics, d => d.Severity == "error" && d.Code == "InvalidDocument");
    }

    [Fact]
    public async Task An_unreachable_service_falls_back_to_local_and_says_so_without_caching_it()
    {
        var options = new RecognizerOptions
        {
            Recognizer = "azure",
            Endpoint = new Uri($"http://127.0.0.1:{AzureLanguageFailureTests.UnusedPort()}"),
            Key = TestRecognizers.Key,
            Fallback = "local",
            MaxRetries = 1,
            CacheDirectory = _cacheDirectory,
        };

        var result = await RecognizerFactory.Create(options, configure: TestRecognizers.MakeFast).RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed));

        Assert.Equal("local (fallback)", result.Recognizer);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == FallbackEntityRecognizer.FallbackDiagnosticCode);
        Assert.Equal("warning", warning.Severity);
        Assert.Contains("is unreachable", warning.Message, StringComparison.Ordinal);
        Assert.Equal(RecognitionUsage.None, result.Usage);
        Assert.False(Directory.Exists(_cacheDirectory) && Directory.EnumerateFiles(_cacheDirectory).Any());
    }

    [Fact]
    public async Task Without_a_fallback_an_unreachable_service_is_an_error()
    {
        var options = new RecognizerOptions
        {
            Recognizer = "azure",
            Endpoint = new Uri($"http://127.0.0.1:{AzureLanguageFailureTests.UnusedPort()}"),
            Key = TestRecognizers.Key,
            MaxRetries = 0,
            UseCache = false,
        };

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => RecognizerFactory.Create(options).RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed)));

        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task Credential_and_quota_errors_are_not_hidden_by_the_fallback()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(FakeAnswer.Error(403, "403", "Out of call volume quota."));
        var recognizer = RecognizerFactory.Create(AzureOptions(server) with { Fallback = "local" }, configure: TestRecognizers.MakeFast);

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => recognizer.RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed)));

        Assert.Equal(403, failure.Status);
    }

    [Fact]
    public void The_local_recognizer_needs_nothing_else()
    {
        var recognizer = RecognizerFactory.Create(new RecognizerOptions());

        Assert.IsType<LocalEntityRecognizer>(recognizer);
    }

    [Theory]
    [InlineData("azure", null, null, "FactCheck__Language__Endpoint")]
    [InlineData("cloud", "https://x.cognitiveservices.azure.com", null, "Unknown recognizer 'cloud'")]
    [InlineData("azure", "https://x.cognitiveservices.azure.com", "remote", "Unknown fallback recognizer 'remote'")]
    [InlineData("azure", "http://127.0.0.1:5000", null, "Entra ID authentication needs an https endpoint", false)]
    public void Incomplete_or_wrong_options_give_a_one_line_error(string recognizer, string? endpoint, string? fallback, string expected, bool withKey = true)
    {
        var options = new RecognizerOptions { Recognizer = recognizer, Endpoint = endpoint is null ? null : new Uri(endpoint), Fallback = fallback, Key = withKey ? "k" : null };

        var failure = Assert.Throws<RecognizerConfigurationException>(() => RecognizerFactory.Create(options));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    private RecognizerOptions AzureOptions(FakeLanguageServer server) => new()
    {
        Recognizer = "azure",
        Endpoint = server.Endpoint,
        Key = TestRecognizers.Key,
        CacheDirectory = _cacheDirectory,
    };
}
