using System.Diagnostics.Tracing;
using System.Net.Http;
using Azure.Core;
using Azure.Core.Diagnostics;
using Azure.Core.Pipeline;
using FactCheck.Azure.Language;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Tests.Language;

public sealed class AzureLanguageRequestTests
{
    [Fact]
    public async Task Sends_the_documented_entity_recognition_request_with_the_key()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);

        await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed));

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/language/:analyze-text", request.Path);
        Assert.Equal("2026-05-01", request.ApiVersion);
        Assert.Equal(TestRecognizers.Key, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Null(request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Equal("EntityRecognition", request.Kind);
        Assert.Equal("Utf16CodeUnit", request.StringIndexType);
        Assert.Equal("latest", request.ModelVersion);
        var document = Assert.Single(request.Documents);
        Assert.Equal("0", document.Id);
        Assert.Equal("en", document.Language);
        Assert.Equal(Articles.Seed, document.Text);
    }

    [Fact]
    public async Task Maps_entities_types_and_usage_into_the_result()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var text = Articles.Seed;

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(text));

        Assert.Equal("azure", result.Recognizer);
        Assert.Equal(new RecognitionUsage(1, 1), result.Usage);
        Assert.Empty(result.Diagnostics);
        var cavusoglu = Assert.Single(result.Entities, e => e.Text == "Mevlut Cavusoglu");
        Assert.Equal(EntityCategory.Person, cavusoglu.Category);
        Assert.Equal(text.IndexOf("Mevlut Cavusoglu", StringComparison.Ordinal), cavusoglu.Offset);
        Assert.Equal(0.97, cavusoglu.Confidence);
        Assert.Equal("Person", cavusoglu.Subcategory);
        Assert.Null(cavusoglu.LinkedEntityId);
        var ankara = Assert.Single(result.Entities, e => e.Text == "Ankara" && e.Offset > 20);
        Assert.Equal(EntityCategory.Location, ankara.Category);
        Assert.Equal("City", ankara.Subcategory);
        Assert.Equal(EntityCategory.PersonType, Assert.Single(result.Entities, e => e.Text == "Foreign Minister").Category);
        Assert.Equal(EntityCategory.Organization, Assert.Single(result.Entities, e => e.Text == "Port Authority of Lindqvist").Category);
        Assert.All(result.Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
    }

    [Fact]
    public async Task Reads_subcategory_when_an_older_api_version_sends_no_type()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(new KnownName("Ankara", "Location", Subcategory: "GPE"), new KnownName("Tuesday", "DateTime", Subcategory: "Date"));
        var options = TestRecognizers.FastOptions();
        options.ApiVersion = "2023-04-01";

        var result = await TestRecognizers.WithKey(server, options).RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed));

        Assert.Equal("2023-04-01", Assert.Single(server.Requests).ApiVersion);
        Assert.All(result.Entities.Where(e => e.Text == "Ankara"), e => Assert.Equal((EntityCategory.Location, "GPE"), (e.Category, e.Subcategory)));
        var tuesday = Assert.Single(result.Entities, e => e.Text == "Tuesday");
        Assert.Equal((EntityCategory.DateTime, "Date"), (tuesday.Category, tuesday.Subcategory));
    }

    [Fact]
    public async Task Entity_linking_puts_linked_ids_on_person_entities_and_bills_twice()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);

        var result = await TestRecognizers.WithKey(server, TestRecognizers.FastOptions(linking: true))
            .RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed));

        Assert.Equal(["EntityRecognition", "EntityLinking"], server.Requests.Select(r => r.Kind));
        Assert.Equal(new RecognitionUsage(2, 2), result.Usage);
        Assert.Equal("Mevlut Cavusoglu", Assert.Single(result.Entities, e => e.Text == "Mevlut Cavusoglu").LinkedEntityId);
        Assert.Equal("Ahmet Davutoglu", Assert.Single(result.Entities, e => e.Text == "Davutoglu").LinkedEntityId);
        Assert.All(result.Entities.Where(e => e.Category != EntityCategory.Person), e => Assert.Null(e.LinkedEntityId));
    }

    [Fact]
    public async Task Token_credential_sends_a_bearer_token_for_the_cognitive_services_scope_and_no_key()
    {
        await using var server = await FakeLanguageServer.StartAsync(https: true);
        server.Knows(Articles.All);
        var credential = new RecordingTokenCredential("token-abc");
        var options = TestRecognizers.FastOptions();
        var thumbprint = server.Certificate!.Thumbprint;
        options.Transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        });
        var recognizer = new AzureLanguageEntityRecognizer(server.Endpoint, credential, options);

        var result = await recognizer.RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed));

        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer token-abc", request.Header("Authorization"));
        Assert.Null(request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes.Distinct());
        Assert.NotEmpty(result.Entities);
    }

    [Fact]
    public async Task A_credential_that_cannot_get_a_token_gives_a_clear_error_without_a_request()
    {
        await using var server = await FakeLanguageServer.StartAsync(https: true);
        var options = TestRecognizers.FastOptions();
        var thumbprint = server.Certificate!.Thumbprint;
        options.Transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        });
        var recognizer = new AzureLanguageEntityRecognizer(server.Endpoint, new FailingTokenCredential(), options);

        var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => recognizer.RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed)));

        Assert.Empty(server.Requests);
        Assert.False(failure.IsTransient);
        Assert.Contains("Could not get an Entra ID token for Azure AI Language (no managed identity endpoint found)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("az login", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_never_appears_in_azure_core_logs_or_error_messages()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All).Then(FakeAnswer.Error(401, "401", "Access denied due to invalid subscription key."));
        var messages = new List<string>();
        using (new AzureEventSourceListener((e, message) =>
        {
            lock (messages)
            {
                messages.Add(message);
            }
        }, EventLevel.Verbose))
        {
            var recognizer = TestRecognizers.WithKey(server);
            var failure = await Assert.ThrowsAsync<LanguageServiceException>(() => recognizer.RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed)));
            Assert.DoesNotContain(TestRecognizers.Key, failure.Message, StringComparison.Ordinal);
            await recognizer.RecognizeAsync(ExtractedDocument.FromPlainText(Articles.Seed));
        }

        lock (messages)
        {
            Assert.Contains(messages, m => m.Contains("Ocp-Apim-Subscription-Key", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(messages, m => m.Contains(TestRecognizers.Key, StringComparison.Ordinal));
        }
    }

    private sealed class FailingTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new global::Azure.Identity.CredentialUnavailableException("no managed identity endpoint found");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new global::Azure.Identity.CredentialUnavailableException("no managed identity endpoint found");
    }

    private sealed class RecordingTokenCredential(string token) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes)
            {
                Scopes.AddRange(requestContext.Scopes);
            }

            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
