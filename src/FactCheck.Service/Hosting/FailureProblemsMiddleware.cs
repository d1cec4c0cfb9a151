using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactCheck.Service.Hosting;

/// <summary>
/// The ASP.NET Core counterpart of the Functions app's error middleware (<c>factcheck serve</c>, tests): a failure
/// no handler dealt with is logged and answered as problem details by <see cref="FailureProblems"/> (503 with
/// <c>Retry-After</c> for an outage, 500 otherwise), never a stack trace. A malformed request (a body cut short by a
/// disconnect) is the client's fault: its own 4xx, logged at Information.
/// </summary>
public sealed class FailureProblemsMiddleware
{
    private readonly RequestDelegate _next;
    private readonly FailureWording _wording;
    private readonly ILogger<FailureProblemsMiddleware> _logger;

    public FailureProblemsMiddleware(RequestDelegate next, FailureWording wording, ILogger<FailureProblemsMiddleware> logger)
    {
        _next = next;
        _wording = wording;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            _logger.LogInformation("Request {Method} {Path} was malformed: {Reason}", context.Request.Method, context.Request.Path.Value, e.Message);
            await new ProblemResult(e.StatusCode, $"The request was malformed: {e.Message}").ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            _logger.LogError(e, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path.Value);
            await FailureProblems.For(e, _wording).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
