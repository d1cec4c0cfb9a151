using Azure;
using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>
/// How both hosts answer a failure no handler dealt with: a service FactCheck depends on being down (storage, Azure AI
/// Language, the network) is temporary, 503; anything else is FactCheck's own bug, 500. The exception never reaches
/// the client; each host words the detail for its own operator.
/// </summary>
public static class FailureProblems
{
    public static bool IsDependencyOutage(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or TimeoutException => true,

        // The storage SDK reports exhausted retries as an AggregateException of the attempts' failures.
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsDependencyOutage),
        _ => false,
    };

    public static ProblemResult For(Exception exception, string whenUnavailable, string whenUnexpected) =>
        IsDependencyOutage(exception)
            ? new ProblemResult(StatusCodes.Status503ServiceUnavailable, whenUnavailable)
            : new ProblemResult(StatusCodes.Status500InternalServerError, whenUnexpected);
}
