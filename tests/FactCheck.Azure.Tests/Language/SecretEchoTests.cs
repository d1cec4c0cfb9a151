using System.Diagnostics.Tracing;
using System.Net.Http;
using Azure;
using Azure.Core;
using Azure.Core.Diagnostics;
using Azure.Core.Pipeline;
using FactCheck.Azure.Language;
using FactCheck.Core.Documents;

namespace FactCheck.Azure.Tests.Language;

/// <summary>
/// A Language endpoint (or a gateway before it) that echoes the request headers into what it answers: the key and
/// the bearer token are redacted from every message built from the answer — exception messages and their inner
/// chain, report diagnostics, Azure SDK log events — and the message still says what went wrong.
/// </summary>
public sealed class SecretEchoTests
{
    // '+' and '/' so the echo also carries the key JSON-escaped (\u002B), not only as sent.
    private const string Key = "sentinel+Key/5b1e7c0d9a4f2e86";
    private const string KeyFragment = "5b1e7c0d9a4f2e86";

    private static readonly ExtractedDocument Seed = ExtractedDocument.FromPlainText(Articles.Seed);

    [Theory]
    [InlineData(400, "rejected the request as invalid (HTTP 400, InvalidHeaders: Request headers were ")]
    [InlineData(401, "rejected the credentials (HTTP 401, InvalidHeaders: Request headers were ")]
    [InlineData(403, "refused the request (HTTP 403, InvalidHeaders: Request headers were ")]
    [InlineData(404, "has no analyze-text operation there (HTTP 404, InvalidHeaders: Request headers were ")]
    [InlineData(503, "is unavailable (HTTP 503, InvalidHeaders: Request headers were ")]
    public async Task An_error_answer_that_echoes_the_request_headers_does_not_carry_the_key(int status, string whatWentWrong)
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(FakeAnswer.EchoingHeaders(status, "InvalidRequest"));
        var events = new List<string>();
        LanguageServiceException failure;
        using (Listen(events))
        {
            var recognizer = new AzureLanguageEntityRecognizer(server.Endpoint, new AzureKeyCredential(Key), TestRecognizers.FastOptions(maxRetries: 0));
            failure = await Assert.ThrowsAsync<LanguageServiceException>(() => recognizer.RecognizeAsync(Seed));
        }

        Assert.Equal(Key, Assert.Single(server.Requests).Header("Ocp-Apim-Subscription-Key"));
        Assert.Contains(whatWentWrong, failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"Ocp-Apim-Subscription-Key\":\"[redacted]\"", failure.Message, StringComparison.Ordinal);
        Assert.Equal(status, failure.Status);
        AssertNoKey(failure.ToString(), "the exception");
        AssertNoKey(string.Join('\n', events), "the Azure SDK log events");
    }

    [Fact]
    public async Task Warnings_and_document_errors_that_echo_the_key_are_redacted_in_the_diagnostics()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All)
            .WarnWhen(t => t.Contains("session 0,", StringComparison.Ordinal), $"Key{Key}", $"Request had Ocp-Apim-Subscription-Key: {Key}.")
            .FailDocumentWhen(t => t.Contains("session 84,", StringComparison.Ordinal), "InvalidDocument", $"Rejected for key sentinel\\u002BKey/{KeyFragment}.");
        var recognizer = new AzureLanguageEntityRecognizer(server.Endpoint, new AzureKeyCredential(Key), TestRecognizers.FastOptions());

        var result = await recognizer.RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Sentences(130)));

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == "warning");
        Assert.Equal("Key[redacted]", warning.Code);
        Assert.StartsWith("EntityRecognition: Request had Ocp-Apim-Subscription-Key: [redacted].", warning.Message, StringComparison.Ordinal);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == "error");
        Assert.StartsWith("EntityRecognition: Rejected for key [redacted].", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(result.Entities);
        AssertNoKey(string.Join('\n', result.Diagnostics.Select(d => $"{d.Code} {d.Message}")), "the diagnostics");
    }

    [Fact]
    public async Task An_answer_in_an_unreadable_shape_that_echoes_the_key_does_not_carry_it()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(new FakeAnswer(200, $$$"""{"kind":"Echo {{{Key}}}","results":{}}"""));
        var recognizer = new AzureLanguageEntityRecognizer(server.Endpoint, new AzureKeyCredential(Key), TestRecognizers.FastOptions());

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => recognizer.RecognizeAsync(Seed));

        Assert.Contains("answered in a shape FactCheck cannot read (expected kind 'EntityRecognitionResults', got 'Echo [redacted]')", failure.Message, StringComparison.Ordinal);
        AssertNoKey(failure.ToString(), "the exception");
    }

    [Fact]
    public async Task A_bearer_token_echoed_back_is_redacted_too()
    {
        const string token = "eyJ0eXAiOiJKV1Q.sentinel-token-7c41d2.c2lnbmF0dXJl";
        await using var server = await FakeLanguageServer.StartAsync(https: true);
        server.Then(FakeAnswer.EchoingHeaders(400, "InvalidRequest"));
        var options = TestRecognizers.FastOptions();
        var thumbprint = server.Certificate!.Thumbprint;
        options.Transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        });
        var recognizer = new AzureLanguageEntityRecognizer(server.Endpoint, new FixedTokenCredential(token), options);

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => recognizer.RecognizeAsync(Seed));

        Assert.Equal($"Bearer {token}", Assert.Single(server.Requests).Header("Authorization"));
        Assert.Contains("HTTP 400", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sentinel-token-7c41d2", failure.ToString(), StringComparison.Ordinal);
    }

    private static AzureEventSourceListener Listen(List<string> events) => new((_, message) =>
    {
        lock (events)
        {
            events.Add(message);
        }
    }, EventLevel.Verbose);

    private static void AssertNoKey(string text, string where) =>
        Assert.False(text.Contains(KeyFragment, StringComparison.OrdinalIgnoreCase), $"The key appeared in {where}: {text}");

    private sealed class FixedTokenCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
