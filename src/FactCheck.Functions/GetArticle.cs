using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary><c>GET /api/articles/{id}</c>: the article, its extracted text and its flags.</summary>
public sealed class GetArticle
{
    private readonly ArticlesHandler _handler;

    public GetArticle(ArticlesHandler handler)
    {
        _handler = handler;
    }

    [Function(nameof(GetArticle))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Article)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        _handler.GetAsync(request, id, cancellationToken);
}
