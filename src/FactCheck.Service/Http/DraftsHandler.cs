using Azure.Storage.Blobs.Models;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>
/// <c>POST /api/drafts?name=…</c>: stores the body in the drafts container and answers with the article id, a
/// <c>Location</c> to poll and <c>check</c>: 202 and <c>pending</c> when the blob trigger checks it; when this handler
/// checks it (<see cref="ServiceOptions.ProcessUploadsInline"/>), 201 and <c>done</c> with the <c>status</c>, or 202 and
/// <c>pending</c> (storage or Language failed after the draft was stored: the sweep checks it), <c>superseded</c> or
/// <c>deleted</c> (a later upload or a delete came first). A name that breaks the <see cref="DraftName"/> grammar is
/// refused with 400 naming the rule, before anything is stored.
/// </summary>
public sealed class DraftsHandler
{
    /// <summary>The upload's <c>check</c>: stored, the check is still to come (blob trigger, or the sweep).</summary>
    public const string CheckPending = "pending";

    /// <summary>The upload's <c>check</c>: this version was checked, <c>status</c> says how it ended.</summary>
    public const string CheckDone = "done";

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
        var stored = await _storage.Drafts.GetBlobClient(name.Value).UploadAsync(
            BinaryData.FromBytes(body),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken).ConfigureAwait(false);
        var id = name.ArticleId;
        _logger.LogInformation("Uploaded draft {Blob} ({Bytes} bytes) as article {Article}", name.Value, body.Length, id);

        var result = new JObject { ["id"] = id, ["name"] = name.Value, ["location"] = ApiRoutes.ArticleLocation(id), ["check"] = CheckPending };
        if (options.ProcessUploadsInline)
        {
            try
            {
                var outcome = await _processor.ProcessAsync(name, body, contentType, stored.Value.ETag, cancellationToken).ConfigureAwait(false);
                if (outcome.Status is { } status)
                {
                    result["check"] = CheckDone;
                    result["status"] = status.ToString().ToLowerInvariant();
                    return new JsonBodyResult(result, StatusCodes.Status201Created) { Location = ApiRoutes.ArticleLocation(id) };
                }

                result["check"] = outcome.Skipped.ToString()!.ToLowerInvariant();
            }
            catch (Exception e) when (FailureProblems.IsDependencyOutage(e) || e is ConcurrentCheckException)
            {
                // The draft is stored, so it is accepted: the sweep checks it once storage or Language answer again.
                _logger.LogWarning("Stored draft {Blob} but could not check it now ({Error}); the sweep will", name.Value, e.GetType().Name);
            }
        }

        return new JsonBodyResult(result, StatusCodes.Status202Accepted) { Location = ApiRoutes.ArticleLocation(id) };
    }
}
