using Azure;
using FactCheck.Azure.Language;
using FactCheck.Core.Configuration;
using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>
/// How both hosts answer a failure no handler dealt with. A service FactCheck depends on being down (storage, Azure AI
/// Language, the network: no answer, 408, 429, 5xx) is temporary: 503 with <c>Retry-After</c>, which CMS and CI callers
/// retry. Azure AI Language refusing the server's own settings (bad key, missing role, wrong endpoint or api-version,
/// exhausted quota) is a configuration problem no retry fixes: 500, worded for the operator. Anything else, a storage
/// 4xx included, is FactCheck's own bug: 500. Handlers answer the 4xx a client's own value causes (a stale ETag, a
/// rejected continuation token) before this is reached. The exception's message never reaches the client.
/// </summary>
public static class FailureProblems
{
    /// <summary>
    /// What a client is told to wait after an outage. The SDKs have already retried for seconds before giving up, so
    /// an immediate retry would most likely fail again; a short outage (a storage restart, throttling) is over by then.
    /// </summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    public static bool IsDependencyOutage(Exception exception) => exception switch
    {
        LanguageServiceException language => language.IsTransient,
        RequestFailedException failed => IsTransientStatus(failed.Status),
        HttpRequestException or TimeoutException => true,

        // The storage SDK reports exhausted retries as an AggregateException of the attempts' failures.
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsDependencyOutage),
        _ => false,
    };

    /// <summary>
    /// Azure AI Language refused what the server sent for a reason retrying does not change: its key, role, endpoint,
    /// api-version or quota (every failure the Language client does not mark transient comes from the configuration;
    /// the request body is FactCheck's, split within the service limits).
    /// </summary>
    public static bool IsLanguageConfigurationProblem(Exception exception) => exception is LanguageServiceException { IsTransient: false };

    public static ProblemResult For(Exception exception, FailureWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        if (IsDependencyOutage(exception))
        {
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, wording.WhenUnavailable) { RetryAfter = RetryAfter };
        }

        if (IsLanguageConfigurationProblem(exception))
        {
            var status = ((LanguageServiceException)exception).Status;
            var answered = status == 0 ? "" : $" (it answered HTTP {status})";
            return new ProblemResult(
                StatusCodes.Status500InternalServerError,
                $"Azure AI Language refused this server's configuration{answered}: its operator must fix the Language key, identity role, endpoint, api-version or quota; retrying will not help. {wording.WhereLogged}");
        }

        if (exception is ConfigurationException house)
        {
            // The house file is the newsroom's own text, not a secret; its line and column are what the fix needs.
            return new ProblemResult(StatusCodes.Status500InternalServerError, $"This server's house file is not usable ({house.Message}); its operator must fix it. {wording.WhereLogged}");
        }

        return new ProblemResult(StatusCodes.Status500InternalServerError, $"FactCheck failed unexpectedly. {wording.WhereLogged}");
    }

    private static bool IsTransientStatus(int status) => status is 0 or 408 or 429 or >= 500;
}

/// <summary>How a host words the failures <see cref="FailureProblems"/> answers, for its own operator.</summary>
/// <param name="WhenUnavailable">The detail of a 503: which services may be down and what to check.</param>
/// <param name="WhereLogged">Where the operator finds the error ("The error is logged.").</param>
public sealed record FailureWording(string WhenUnavailable, string WhereLogged);
