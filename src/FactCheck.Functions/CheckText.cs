using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary><c>POST /api/check</c>: check a draft in the request and return the report; nothing is stored.</summary>
public sealed class CheckText
{
    private readonly CheckHandler _handler;

    public CheckText(CheckHandler handler)
    {
        _handler = handler;
    }

    [Function(nameof(CheckText))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Check)] HttpRequest request,
        CancellationToken cancellationToken) =>
        _handler.HandleAsync(request, cancellationToken);
}
