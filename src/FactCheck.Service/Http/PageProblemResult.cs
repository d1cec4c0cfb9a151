using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>A problem details answer from the review page's route, with the page's security headers.</summary>
public sealed class PageProblemResult : IResult, IStatusCodeHttpResult
{
    public PageProblemResult(ProblemResult problem)
    {
        Problem = problem;
    }

    public ProblemResult Problem { get; }

    public int StatusCode => Problem.StatusCode;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        SecurityHeaders.Apply(httpContext.Response);
        return Problem.ExecuteAsync(httpContext);
    }
}
