using FactCheck.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactCheck.Functions;

/// <summary><c>POST /api/drafts?name=…</c>: store a draft in the drafts container; <see cref="CheckDraft"/> checks it.</summary>
public sealed class UploadDraft
{
    private readonly DraftsHandler _handler;

    public UploadDraft(DraftsHandler handler)
    {
        _handler = handler;
    }

    [Function(nameof(UploadDraft))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Drafts)] HttpRequest request,
        CancellationToken cancellationToken) =>
        _handler.HandleAsync(request, cancellationToken);
}
