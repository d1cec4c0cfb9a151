using FactCheck.Service.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace FactCheck.Functions;

/// <summary>
/// The one place unexpected failures are handled: logged with the function and invocation, answered as RFC 9457
/// problem details on HTTP, rethrown for the blob trigger so the host retries and finally poisons the blob.
/// </summary>
internal sealed class ErrorHandlingMiddleware : IFunctionsWorkerMiddleware
{
    /// <summary>How the Functions app words a failure no handler dealt with, for its operator.</summary>
    internal static readonly FailureWording Wording = new(
        "A service FactCheck depends on (storage or Azure AI Language) is unavailable; try again shortly.",
        "The error is logged.");

    private readonly ILogger<ErrorHandlingMiddleware> _logger;

    public ErrorHandlingMiddleware(ILogger<ErrorHandlingMiddleware> logger)
    {
        _logger = logger;
    }

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            var httpContext = context.GetHttpContext();
            _logger.LogError(e, "Function {Function} failed (invocation {Invocation}, HTTP {IsHttp})",
                context.FunctionDefinition.Name, context.InvocationId, httpContext is not null);
            if (httpContext is null)
            {
                throw;
            }

            var problem = ToProblem(e);
            context.GetInvocationResult().Value = problem;
        }
    }

    /// <summary>
    /// What a client is told: storage or Language down is temporary (503 with Retry-After); Language refusing the
    /// app's settings is a configuration problem for the operator (500); anything else is our bug (500).
    /// </summary>
    internal static ProblemResult ToProblem(Exception e) => FailureProblems.For(e, Wording);
}
