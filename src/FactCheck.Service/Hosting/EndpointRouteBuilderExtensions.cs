using FactCheck.Service.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Service.Hosting;

/// <summary>
/// Maps the HTTP API and the review page onto an ASP.NET Core app (<c>factcheck serve</c>, tests) with the same routes
/// as the Functions app, each described for the OpenAPI document (<see cref="ApiOperations"/>), which is served at
/// <c>/api/openapi.json</c> once <see cref="ApiDocument.AddFactCheckApiDocument"/> is registered.
/// </summary>
public static class EndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapFactCheckApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/" + ApiRoutes.Prefix);
        api.MapPost(ApiRoutes.Check, (HttpRequest request, CheckHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct)).DescribeCheck();
        api.MapPost(ApiRoutes.Drafts, (HttpRequest request, DraftsHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct)).DescribeUpload();
        api.MapGet(ApiRoutes.Articles, (HttpRequest request, ArticlesHandler handler, CancellationToken ct) => handler.ListAsync(request, ct)).DescribeListArticles();
        api.MapGet(ApiRoutes.Article, (HttpRequest request, string id, ArticlesHandler handler, CancellationToken ct) => handler.GetAsync(request, id, ct)).DescribeGetArticle();
        api.MapMethods(ApiRoutes.Flag, [HttpMethods.Patch], (HttpRequest request, string id, string flagId, ArticlesHandler handler, CancellationToken ct) => handler.ReviewFlagAsync(request, id, flagId, ct)).DescribeReviewFlag();
        api.MapGet(ApiRoutes.People, (HttpRequest request, PeopleHandler handler, CancellationToken ct) => handler.GetAsync(request, ct)).DescribeGetPeople();
        api.MapGet(ApiRoutes.Review, (HttpRequest request, string? asset, ReviewPageHandler handler) => handler.Get(request, asset)).DescribeReviewPage();
        api.MapGet(ApiDocument.Route, (Func<HttpContext, Task<IResult>>)ApiDocument.ServeGeneratedAsync).DescribeApiDocument();
        return endpoints;
    }
}
