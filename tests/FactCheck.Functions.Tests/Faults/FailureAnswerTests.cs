using System.Text;
using Azure;
using FactCheck.Azure.Language;
using FactCheck.Azure.Tests.Language;
using FactCheck.Core.Checking;
using FactCheck.Service.Http;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace FactCheck.Functions.Tests.Faults;

/// <summary>
/// What a client is told when a dependency fails under a request, in both hosts: through <c>serve</c>'s failure
/// middleware over HTTP and through the handlers with the Functions middleware's mapping. An Azure AI Language outage
/// (the fake server answering 503 past the retries) is a 503 with Retry-After, like a storage outage, where it was a
/// 500; Language refusing the key is the operator's 500, without the key; a storage 4xx nobody handled is a 500, not
/// an outage.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FailureAnswerTests(AzuriteFixture azurite)
{
    private const string LanguageKey = "sentinel-language-key-0c4f2e9b71";

    private const int LanguageOutageRetries = QuickRetryLanguageRecognizer.MaxRetries;

    /// <summary>
    /// A check the caller waits for answers 503 with Retry-After; an upload whose draft is already stored answers 202
    /// with the check pending (the sweep retries it), not an outage that would make the client upload again.
    /// </summary>
    [Fact]
    public async Task A_language_outage_answers_503_with_retry_after_to_a_check_and_202_pending_to_a_stored_upload_through_serve()
    {
        await using var language = await FakeLanguageServer.StartAsync();
        QueueOutage(language, attempts: 2);
        await using var app = await ServiceTestHost.StartAsync(azurite, recognizer: QuickRetryLanguageRecognizer.For(language, LanguageKey));
        var client = app.GetTestClient();

        var check = await client.PostAsync("/api/check", new StringContent(Drafts.Seed, Encoding.UTF8, "text/plain"));
        var upload = await client.PostAsync("/api/drafts?name=desk/outage.txt", new StringContent(Drafts.Seed, Encoding.UTF8, "text/plain"));

        Assert.Equal(503, (int)check.StatusCode);
        Assert.Equal(ProblemResult.ContentType, check.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(10), check.Headers.RetryAfter?.Delta);
        Assert.Contains("unavailable", (string?)JObject.Parse(await check.Content.ReadAsStringAsync())["detail"], StringComparison.Ordinal);
        Assert.Equal(202, (int)upload.StatusCode);
        Assert.Equal("pending", (string?)JObject.Parse(await upload.Content.ReadAsStringAsync())["check"]);
        Assert.Equal(2 * (LanguageOutageRetries + 1), language.Requests.Count);
        var article = JObject.Parse(await client.GetStringAsync("/api/articles/" + ArticleKey.Encode("desk/outage.txt")));
        Assert.Equal("failed", (string?)article["article"]!["status"]);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_language_outage_answers_503_with_retry_after_through_the_functions_middleware()
    {
        await using var language = await FakeLanguageServer.StartAsync();
        QueueOutage(language, attempts: 1);
        var service = new TestService(azurite);
        var handler = new CheckHandler(new DocumentChecker(QuickRetryLanguageRecognizer.For(language, LanguageKey)), service.Options, NullLogger<CheckHandler>.Instance);

        var answer = await RunThroughFunctionsMiddlewareAsync(HttpCalls.Request("POST", "/api/check", "", Drafts.Seed, "text/plain"), handler.HandleAsync);

        Assert.Equal(503, answer.Status);
        Assert.Equal("10", answer.Headers.RetryAfter.ToString());
        Assert.Contains("Azure AI Language", ProblemAssert.Detail(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "401")]
    [InlineData(403, "403")]
    [InlineData(404, "404")]
    public async Task Language_refusing_the_configuration_is_the_operators_500_in_both_hosts_without_the_key(int status, string code)
    {
        await using var language = await FakeLanguageServer.StartAsync();
        language.Then(FakeAnswer.Error(status, code, $"Access denied for key {LanguageKey}."))
            .Then(FakeAnswer.Error(status, code, $"Access denied for key {LanguageKey}."));
        var recognizer = QuickRetryLanguageRecognizer.For(language, LanguageKey);
        await using var app = await ServiceTestHost.StartAsync(azurite, recognizer: recognizer);
        var handler = new CheckHandler(new DocumentChecker(recognizer), new TestService(azurite).Options, NullLogger<CheckHandler>.Instance);

        var serve = await app.GetTestClient().PostAsync("/api/check", new StringContent(Drafts.Seed, Encoding.UTF8, "text/plain"));
        var functions = await RunThroughFunctionsMiddlewareAsync(HttpCalls.Request("POST", "/api/check", "", Drafts.Seed, "text/plain"), handler.HandleAsync);

        var serveBody = await serve.Content.ReadAsStringAsync();
        Assert.Equal(500, (int)serve.StatusCode);
        Assert.Null(serve.Headers.RetryAfter);
        Assert.Equal(500, functions.Status);
        Assert.False(functions.Headers.ContainsKey("Retry-After"));
        foreach (var detail in new[] { (string)JObject.Parse(serveBody)["detail"]!, ProblemAssert.Detail(functions) })
        {
            Assert.Contains($"Azure AI Language refused this server's configuration (it answered HTTP {status})", detail, StringComparison.Ordinal);
            Assert.Contains("retrying will not help", detail, StringComparison.Ordinal);
            Assert.DoesNotContain(LanguageKey, detail, StringComparison.Ordinal);
            Assert.DoesNotContain(language.Endpoint.Authority, detail, StringComparison.Ordinal);
        }

        Assert.Equal(2, language.Requests.Count);
        await app.StopAsync();
    }

    [Theory]
    [InlineData(503, 503)]
    [InlineData(429, 503)]
    [InlineData(0, 503)]
    [InlineData(400, 500)]
    [InlineData(403, 500)]
    [InlineData(404, 500)]
    [InlineData(409, 500)]
    [InlineData(412, 500)]
    public async Task Only_a_dependency_that_is_down_is_a_503_through_serve(int storageStatus, int answered)
    {
        var recognizer = new CountingRecognizer { Failure = new RequestFailedException(storageStatus, "storage said no") };
        await using var app = await ServiceTestHost.StartAsync(azurite, recognizer: recognizer);

        var answer = await app.GetTestClient().PostAsync("/api/check", new StringContent("Plain words.", Encoding.UTF8, "text/plain"));

        Assert.Equal(answered, (int)answer.StatusCode);
        Assert.Equal(answered == 503, answer.Headers.RetryAfter is not null);
        Assert.DoesNotContain("storage said no", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    /// <summary>Enough 503s for <paramref name="attempts"/> checks to exhaust their retries.</summary>
    private static void QueueOutage(FakeLanguageServer language, int attempts)
    {
        for (var i = 0; i < attempts * (LanguageOutageRetries + 1); i++)
        {
            language.Then(FakeAnswer.Error(503, "ServiceUnavailable", "Busy.", new Dictionary<string, string> { ["Retry-After"] = "0" }));
        }
    }

    /// <summary>
    /// What the Functions host does with an HTTP function's failure: <see cref="ErrorHandlingMiddleware"/> maps it
    /// with <c>ToProblem</c> and the ASP.NET Core integration executes the result on the request's context.
    /// </summary>
    private static Task<HttpCalls.Answer> RunThroughFunctionsMiddlewareAsync(Microsoft.AspNetCore.Http.DefaultHttpContext context, Func<Microsoft.AspNetCore.Http.HttpRequest, CancellationToken, Task<Microsoft.AspNetCore.Http.IResult>> handler) =>
        HttpCalls.RunAsync(context, async request =>
        {
            try
            {
                return await handler(request, CancellationToken.None);
            }
            catch (Exception e)
            {
                return ErrorHandlingMiddleware.ToProblem(e);
            }
        });
}
