using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Hosting;

/// <summary>
/// Refuses state-changing requests (anything but GET, HEAD, OPTIONS) that a browser sends on behalf of another site:
/// an <c>Origin</c> other than the server's own, or <c>Sec-Fetch-Site</c> other than same-origin or none. Without a
/// key in front of <c>factcheck serve</c>, this is what stops a web page the reviewer visits from uploading drafts or
/// dismissing flags through it. Non-browser clients (curl) send neither header and pass.
/// </summary>
public sealed class SameOriginGuard
{
    private readonly RequestDelegate _next;

    public SameOriginGuard(RequestDelegate next)
    {
        _next = next;
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return _next(context);
        }

        var ownOrigin = $"{request.Scheme}://{request.Host.Value}";
        var origin = request.Headers.Origin.ToString();
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        var crossOrigin = (origin.Length > 0 && !string.Equals(origin, ownOrigin, StringComparison.OrdinalIgnoreCase))
            || (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"));
        if (!crossOrigin)
        {
            return _next(context);
        }

        var from = origin.Length > 0 ? origin : $"a {fetchSite} page";
        return new ProblemResult(
            StatusCodes.Status403Forbidden,
            $"Cross-origin request refused: {request.Method} from {from}; this server accepts changes only from its own page at {ownOrigin}.")
            .ExecuteAsync(context);
    }
}
