using Azure;

namespace FactCheck.Functions.Tests;

public sealed class ErrorHandlingMiddlewareTests
{
    [Fact]
    public void Storage_and_network_failures_are_temporary_for_clients()
    {
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new RequestFailedException(500, "table down")).StatusCode);
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new HttpRequestException("Language down")).StatusCode);
        Assert.Equal(503, ErrorHandlingMiddleware.ToProblem(new AggregateException(new RequestFailedException(503, "try 1"), new TimeoutException())).StatusCode);
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
