using FactCheck.Service.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary>
/// <c>GET /api/openapi.json</c>: the HTTP API's OpenAPI document. The triggers are no ASP.NET Core endpoints, so
/// nothing here can generate it; this serves the copy <c>factcheck serve</c> generated, checked in and embedded.
/// </summary>
public sealed class OpenApiDocument
{
    [Function(nameof(OpenApiDocument))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiDocument.Route)] HttpRequest request) =>
        ApiDocument.ServeCheckedIn();
}
