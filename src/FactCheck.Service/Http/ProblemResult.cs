using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>
/// An RFC 9457 problem details response (<c>application/problem+json</c> with type, title, status, detail). Written
/// without the host's services, so it behaves the same in the Functions app, <c>factcheck serve</c> and a bare
/// <see cref="DefaultHttpContext"/>.
/// </summary>
public sealed class ProblemResult : IResult, IStatusCodeHttpResult
{
    public const string ContentType = "application/problem+json";

    public ProblemResult(int statusCode, string detail, string? title = null)
    {
        StatusCode = statusCode;
        Detail = detail;
        Title = title ?? ReasonPhrases.GetReasonPhrase(statusCode);
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string Title { get; }

    public string Detail { get; }

    /// <summary>Sent as <c>Retry-After</c> (whole seconds) when set: how long a client should wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public JObject ToJson() => new()
    {
        // "about:blank": the status code says it all (RFC 9457 section 4.2.1); the detail is the one-line reason.
        ["type"] = "about:blank",
        ["title"] = Title,
        ["status"] = StatusCode,
        ["detail"] = Detail,
    };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        if (RetryAfter is { } retryAfter)
        {
            httpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return httpContext.Response.WriteAsync(ToJson().ToString(Newtonsoft.Json.Formatting.Indented), httpContext.RequestAborted);
    }
}
