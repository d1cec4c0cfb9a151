using Azure;
using FactCheck.Azure.Language;
using FactCheck.Testing;

namespace FactCheck.Functions.Tests;

public sealed class ErrorHandlingMiddlewareTests
{
    [Fact]
    public void Storage_and_network_failures_are_temporary_for_clients()
    {
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new RequestFailedException(500, "table down")).StatusCode);
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new RequestFailedException(0, "no answer")).StatusCode);
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new RequestFailedException(429, "throttled")).StatusCode);
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new RequestFailedException(408, "timed out")).StatusCode);
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new HttpRequestException("Language down")).StatusCode);
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new AggregateException(new RequestFailedException(503, "try 1"), new TimeoutException())).StatusCode);
    }

    [Fact]
    public async Task An_outage_tells_the_client_when_to_retry()
    {
        var problem = ErrorHandlingMiddleware.ToProblem(new RequestFailedException(503, "table down"));
        var context = HttpCalls.Request("GET", "/api/articles");

        var answer = await HttpCalls.RunAsync(context, _ => Task.FromResult<Microsoft.AspNetCore.Http.IResult>(problem));

        Assert.Equal(503, answer.Status);
        Assert.Equal("10", answer.Headers.RetryAfter.ToString());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    public void A_storage_4xx_no_handler_answered_is_a_500_not_an_outage(int status)
    {
        var problem = ErrorHandlingMiddleware.ToProblem(new RequestFailedException(status, "An error occurred while processing this request."));

        Assert.Equal(500, problem.StatusCode);
        Assert.Null(problem.RetryAfter);
    }

    [Fact]
    public void A_language_failure_is_a_request_failed_exception_that_keeps_its_status_code_and_transience()
    {
        RequestFailedException failure = new LanguageServiceException("Azure AI Language is unavailable (HTTP 503).", 503, "ServiceUnavailable", isTransient: true);

        Assert.Equal((503, "ServiceUnavailable"), (failure.Status, failure.ErrorCode));
        Assert.Equal("Azure AI Language is unavailable (HTTP 503).", failure.Message);
        Assert.True(((LanguageServiceException)failure).IsTransient);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(0)]
    public void A_language_outage_is_a_503_with_retry_after(int status)
    {
        var problem = ErrorHandlingMiddleware.ToProblem(new LanguageServiceException("Azure AI Language at example is unavailable.", status, null, isTransient: true));

        Assert.Equal(503, problem.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), problem.RetryAfter);
    }

    [Theory]
    [InlineData(401, " (it answered HTTP 401)")]
    [InlineData(403, " (it answered HTTP 403)")]
    [InlineData(404, " (it answered HTTP 404)")]
    [InlineData(0, "")]
    public void Language_refusing_the_configuration_is_a_500_for_the_operator_that_does_not_leak_the_message(int status, string answered)
    {
        var problem = ErrorHandlingMiddleware.ToProblem(new LanguageServiceException("rejected key sentinel-1234 at secret-host.example", status, null, isTransient: false));

        Assert.Equal(500, problem.StatusCode);
        Assert.Null(problem.RetryAfter);
        Assert.StartsWith($"Azure AI Language refused this server's configuration{answered}:", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("sentinel", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-host", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Exhausted_retries_hiding_a_bug_are_still_a_bug()
    {
        Assert.Equal(500, ErrorHandlingMiddleware.ToProblem(new AggregateException(new RequestFailedException(503, "try 1"), new InvalidOperationException())).StatusCode);
        Assert.Equal(500, ErrorHandlingMiddleware.ToProblem(new AggregateException()).StatusCode);
    }

    [Fact]
    public void Anything_else_is_a_500_that_does_not_leak_the_exception()
    {
        var problem = ErrorHandlingMiddleware.ToProblem(new InvalidOperationException("secret internals"));

        Assert.Equal(500, problem.StatusCode);
        Assert.DoesNotContain("secret", problem.Detail, StringComparison.Ordinal);
    }
}
