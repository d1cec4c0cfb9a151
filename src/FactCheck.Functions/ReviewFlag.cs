using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary><c>PATCH /api/articles/{id}/flags/{flagId}</c>: accept, dismiss or reopen a flag (If-Match required).</summary>
public sealed class ReviewFlag
{
    private readonly ArticlesHandler _handler;

    public ReviewFlag(ArticlesHandler handler)
    {
        _handler = handler;
    }

    [Function(nameof(ReviewFlag))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = ApiRoutes.Flag)] HttpRequest request,
        string id,
        string flagId,
        CancellationToken cancellationToken) =>
        _handler.ReviewFlagAsync(request, id, flagId, cancellationToken);
}
