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
/// </summary>
public sealed class DraftsHandler
{
    /// <summary>Azure's limit on blob names.</summary>
    private const int MaxBlobNameLength = 1024;

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
        var name = request.Query["name"].ToString().Trim();
        if (name.Length == 0)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, "Give the draft a name: POST /api/drafts?name=politics/budget.md.");
        }

        if (name.Length > MaxBlobNameLength || name.EndsWith('/') || name.EndsWith('.') || name.Any(char.IsControl))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"'{name}' is not a usable blob name: at most {MaxBlobNameLength} characters, no control characters, not ending in '/' or '.'.");
        }

        var options = _storage.Options;
        var body = await RequestBody.ReadAsync(request, options.MaxDraftBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return RequestBody.TooLarge(options.MaxDraftBytes);
        }

        var contentType = string.IsNullOrWhiteSpace(request.ContentType) ? "application/octet-stream" : request.ContentType;
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _storage.Drafts.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(body),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken).ConfigureAwait(false);
        var id = ArticleKey.Encode(name);
        _logger.LogInformation("Uploaded draft {Blob} ({Bytes} bytes) as article {Article}", name, body.Length, id);

        var result = new JObject { ["id"] = id, ["name"] = name, ["location"] = ApiRoutes.ArticleLocation(id) };
        if (options.ProcessUploadsInline)
        {
            var outcome = await _processor.ProcessAsync(name, body, contentType, cancellationToken).ConfigureAwait(false);
            result["status"] = outcome.Status.ToString().ToLowerInvariant();
        }

        return new JsonBodyResult(result, StatusCodes.Status202Accepted) { Location = ApiRoutes.ArticleLocation(id) };
    }
}
