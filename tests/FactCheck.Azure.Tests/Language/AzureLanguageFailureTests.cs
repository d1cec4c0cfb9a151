using System.Net;
using System.Net.Sockets;
using Azure;
using FactCheck.Azure.Language;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Tests.Language;

public sealed class AzureLanguageFailureTests
{
    private static readonly ExtractedDocument Seed = ExtractedDocument.FromPlainText(Articles.Seed);

    [Fact]
    public async Task Per_document_warnings_and_errors_are_reported_and_other_parts_keep_their_entities()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All)
            .WarnWhen(t => t.Contains("session 0,", StringComparison.Ordinal), "LongWordsInDocument", "The document contains very long words.")
            .FailDocumentWhen(t => t.Contains("session 84,", StringComparison.Ordinal), "UnsupportedLanguageCode", "Invalid language code 'en'.");
        var text = Articles.Sentences(130);

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(text));

        var documents = Assert.Single(server.Requests).Documents;
        Assert.True(documents.Count >= 3);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == "warning");
        Assert.Equal("LongWordsInDocument", warning.Code);
        Assert.Contains("very long words", warning.Message, StringComparison.Ordinal);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == "error");
        Assert.Equal("UnsupportedLanguageCode", error.Code);
        Assert.Contains("Invalid language code", error.Message, StringComparison.Ordinal);
        var failed = documents.Single(d => d.Text.Contains("session 84,", StringComparison.Ordinal));
        var failedStart = text.IndexOf(failed.Text, StringComparison.Ordinal);
        Assert.Contains($"characters {failedStart}-", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Entities, e => e.Offset >= failedStart && e.End <= failedStart + failed.Text.Length && !documents.Any(d => d != failed && text.IndexOf(d.Text, StringComparison.Ordinal) <= e.Offset && e.End <= text.IndexOf(d.Text, StringComparison.Ordinal) + d.Text.Length));
        Assert.Contains(result.Entities, e => e.Offset < failedStart);
        Assert.Contains(result.Entities, e => e.Offset > failedStart + failed.Text.Length);
    }

    [Fact]
    public async Task Invalid_request_400_fails_at_once_with_the_service_code_and_message()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(new FakeAnswer(400, """{"error":{"code":"InvalidRequest","message":"Invalid Request.","innererror":{"code":"InvalidParameterValue","message":"Job task parameter value 'bogus' is not supported for modelVersion."}}}"""));

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => TestRecognizers.WithKey(server).RecognizeAsync(Seed));

        Assert.Single(server.Requests);
        Assert.Equal(400, failure.Status);
        Assert.Equal("InvalidParameterValue", failure.ErrorCode);
        Assert.False(failure.IsTransient);
        Assert.Contains("HTTP 400, InvalidParameterValue: Job task parameter value 'bogus' is not supported", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task Unauthorized_401_is_not_retried_and_says_to_check_the_key_or_role()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(FakeAnswer.Error(401, "401", "Access denied due to invalid subscription key or wrong API endpoint."));

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => TestRecognizers.WithKey(server).RecognizeAsync(Seed));

        Assert.Single(server.Requests);
        Assert.Equal(401, failure.Status);
        Assert.False(failure.IsTransient);
        Assert.Contains("rejected the credentials", failure.Message, StringComparison.Ordinal);
        Assert.Contains("FACTCHECK_LANGUAGE_KEY", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Cognitive Services User", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quota_exhausted_403_is_not_retried_and_says_so()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(FakeAnswer.Error(403, "403", "Out of call volume quota for TextAnalytics F0 pricing tier. Please retry after 7 days."));

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => TestRecognizers.WithKey(server).RecognizeAsync(Seed));

        Assert.Single(server.Requests);
        Assert.Equal(403, failure.Status);
        Assert.False(failure.IsTransient);
        Assert.Contains("Out of call volume quota", failure.Message, StringComparison.Ordinal);
        Assert.Contains("quota may be exhausted", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttled_429_waits_as_long_as_retry_after_says_then_succeeds()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All)
            .Then(FakeAnswer.Error(429, "429", "Rate limit is exceeded.", new Dictionary<string, string> { ["Retry-After"] = "1" }));

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(Seed);

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        // The client's own back-off is 5 ms; only Retry-After explains a second's wait.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900));
        Assert.NotEmpty(result.Entities);
        Assert.Equal(1, result.Usage.Requests);
    }

    [Fact]
    public async Task A_burst_of_500s_is_retried_until_success()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All)
            .Then(FakeAnswer.Error(500, "InternalServerError", "Internal error."))
            .Then(FakeAnswer.Error(503, "ServiceUnavailable", "Busy."))
            .Then(FakeAnswer.Error(502, "BadGateway", "Bad gateway."));

        var result = await TestRecognizers.WithKey(server, TestRecognizers.FastOptions(maxRetries: 3)).RecognizeAsync(Seed);

        Assert.Equal(4, server.Requests.Count);
        Assert.Contains(result.Entities, e => e.Text == "Davutoglu");
    }

    [Fact]
    public async Task Persistent_5xx_fails_as_transient_after_the_retries()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            server.Then(FakeAnswer.Error(503, "ServiceUnavailable", "Busy."));
        }

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => TestRecognizers.WithKey(server, TestRecognizers.FastOptions(maxRetries: 2)).RecognizeAsync(Seed));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(503, failure.Status);
        Assert.True(failure.IsTransient);
        Assert.Contains("unavailable (HTTP 503, ServiceUnavailable: Busy.) after 3 attempts", failure.Message, StringComparison.Ordinal);
        // How to fall back is the host's to say (a flag in the CLI, a setting in the Functions app); IsTransient is the fact.
        Assert.DoesNotContain("--fallback", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_answer_times_out_per_attempt_and_fails_as_transient()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(new FakeAnswer(null, Delay: TimeSpan.FromSeconds(20))).Then(new FakeAnswer(null, Delay: TimeSpan.FromSeconds(20)));
        var options = TestRecognizers.FastOptions(maxRetries: 1, networkTimeout: TimeSpan.FromMilliseconds(300));

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => TestRecognizers.WithKey(server, options).RecognizeAsync(Seed));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(0, failure.Status);
        Assert.True(failure.IsTransient);
        Assert.Contains("did not answer within 0.3 s (2 attempts)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_as_transient()
    {
        var endpoint = new Uri($"http://127.0.0.1:{UnusedPort()}");
        var recognizer = new AzureLanguageEntityRecognizer(endpoint, new AzureKeyCredential(TestRecognizers.Key), TestRecognizers.FastOptions(maxRetries: 1));

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => recognizer.RecognizeAsync(Seed));

        Assert.True(failure.IsTransient);
        Assert.Equal(0, failure.Status);
        Assert.Contains("is unreachable", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task An_empty_document_costs_nothing()
    {
        await using var server = await FakeLanguageServer.StartAsync();

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(""));

        Assert.Empty(server.Requests);
        Assert.Equal(RecognitionUsage.None, result.Usage);
    }

    internal static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
