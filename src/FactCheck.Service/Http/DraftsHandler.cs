using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>
/// <c>POST /api/drafts?name=…</c>: stores the body in the drafts container and answers 202 with the article id and
/// a <c>Location</c> to poll. The blob trigger checks it (or this handler, when <see cref="ServiceOptions.ProcessUploadsInline"/>).
/// A name that breaks the <see cref="DraftName"/> grammar is refused with 400 naming the rule, before anything is stored.
/// </summary>
public sealed class DraftsHandler
{
    private readonly ReviewStorage _storage;
    private readonly DraftProcessor _processor;
    private readonly ILogger<DraftsHandler> _logger;

    public DraftsHandler(ReviewStorage storage, DraftProcessor processor, ILogger<DraftsHandler> logger)
    {
        _storage = storage;
        _processor = processor;
        _logger = logger;
    }

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var raw = request.Query["name"].ToString().Trim();
        if (raw.Length == 0)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, "Give the draft a name: POST /api/drafts?name=politics/budget.md.");
        }

        if (!DraftName.TryParse(raw, out var name, out var problem))
        {
            _logger.LogWarning("Refused a draft upload: {Problem}", problem);
            return new ProblemResult(StatusCodes.Status400BadRequest, $"{problem} Draft names are {DraftName.Grammar}.");
        }

        var options = _storage.Options;
        var body = await RequestBody.ReadAsync(request, options.MaxDraftBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return RequestBody.TooLarge(options.MaxDraftBytes, options.RaiseDraftLimit);
        }

        var contentType = string.IsNullOrWhiteSpace(request.ContentType) ? "application/octet-stream" : request.ContentType;
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _storage.Drafts.GetBlobClient(name.Value).UploadAsync(
            BinaryData.FromBytes(body),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken).ConfigureAwait(false);
        var id = name.ArticleId;
        _logger.LogInformation("Uploaded draft {Blob} ({Bytes} bytes) as article {Article}", name.Value, body.Length, id);

        var result = new JObject { ["id"] = id, ["name"] = name.Value, ["location"] = ApiRoutes.ArticleLocation(id) };
        if (options.ProcessUploadsInline)
        {
            var outcome = await _processor.ProcessAsync(name, body, contentType, cancellationToken).ConfigureAwait(false);
            result["status"] = outcome.Status.ToString().ToLowerInvariant();
        }

        return new JsonBodyResult(result, StatusCodes.Status202Accepted) { Location = ApiRoutes.ArticleLocation(id) };
    }
}
