using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary><c>GET /api/people?name=NAME</c>: the newsroom archive's record of the people under a name.</summary>
public sealed class GetPeople
{
    private readonly PeopleHandler _handler;

    public GetPeople(PeopleHandler handler)
    {
        _handler = handler;
    }

    [Function(nameof(GetPeople))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.People)] HttpRequest request,
        CancellationToken cancellationToken) =>
        _handler.GetAsync(request, cancellationToken);
}
