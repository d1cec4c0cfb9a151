using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary>
/// <c>GET /api/review</c> (and its CSS and JavaScript under <c>/api/review/…</c>): the reviewers' page. Anonymous on
/// purpose, and the only anonymous function: a browser loads the page's modules by plain URL and cannot attach a key to
/// them, and the handler serves only the fixed files embedded in the assembly, never data. The page asks the reviewer
/// for the function key and sends it as <c>x-functions-key</c> on every API call, which stay at Function level.
/// </summary>
public sealed class ReviewPage
{
    private readonly ReviewPageHandler _handler;

    public ReviewPage(ReviewPageHandler handler)
    {
        _handler = handler;
    }

    [Function(nameof(ReviewPage))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Review)] HttpRequest request,
        string? asset) =>
        _handler.Get(request, asset);
}
