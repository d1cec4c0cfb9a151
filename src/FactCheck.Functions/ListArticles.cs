using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary><c>GET /api/articles</c>: one page of articles, optionally filtered by status.</summary>
public sealed class ListArticles
{
    private readonly ArticlesHandler _handler;

    public ListArticles(ArticlesHandler handler)
    {
        _handler = handler;
    }

    [Function(nameof(ListArticles))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Articles)] HttpRequest request,
        CancellationToken cancellationToken) =>
        _handler.ListAsync(request, cancellationToken);
}
