using Azure;
using Azure.Data.Tables;
using FactCheck.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>
/// The reviewer's side of the API: <c>GET /api/articles</c>, <c>GET /api/articles/{id}</c> and
/// <c>PATCH /api/articles/{id}/flags/{flagId}</c>.
/// </summary>
public sealed class ArticlesHandler
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    /// <summary>Set by App Service authentication (Easy Auth) in front of the app; the body's "reviewer" otherwise.</summary>
    private const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";

    private readonly ReviewStorage _storage;
    private readonly ILogger<ArticlesHandler> _logger;
    private readonly TimeProvider _time;

    public ArticlesHandler(ReviewStorage storage, ILogger<ArticlesHandler> logger, TimeProvider? time = null)
    {
        _storage = storage;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary><c>GET /api/articles?status=checked&amp;top=50&amp;continuationToken=…</c>.</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var query = request.Query;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ArticleEntity.Partition}");
        var statusText = query["status"].ToString();
        if (statusText.Length > 0)
        {
            if (!Enum.TryParse<ArticleStatus>(statusText, ignoreCase: true, out var status) || int.TryParse(statusText, out _))
            {
                return new ProblemResult(StatusCodes.Status400BadRequest, $"status '{statusText}' is not one of checked, rejected, failed.");
            }

            filter += " and " + TableClient.CreateQueryFilter($"Status eq {status.ToString()}");
        }

        var pageSize = DefaultPageSize;
        var topText = query["top"].ToString();
        if (topText.Length > 0 && (!int.TryParse(topText, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"top '{topText}' must be a whole number from 1 to {MaxPageSize}.");
        }

        var token = query["continuationToken"].ToString();
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var pages = _storage.Articles.QueryAsync<ArticleEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(token.Length > 0 ? token : null, pageSize);
        JArray articles = [];
        string? next = null;
        try
        {
            await foreach (var page in pages.ConfigureAwait(false))
            {
                foreach (var row in page.Values)
                {
                    articles.Add(ArticleJson.Article(row));
                }

                next = page.ContinuationToken;
                break;
            }
        }
        catch (RequestFailedException e) when (e.Status == 400 && token.Length > 0)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, "The continuationToken is not valid; start again without it.");
        }

        return new JsonBodyResult(new JObject { ["articles"] = articles, ["continuationToken"] = next });
    }

    /// <summary><c>GET /api/articles/{id}</c>: <c>{"article":…,"text":…,"flags":[…]}</c>, flags in text order.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken = default)
    {
        var article = ArticleKey.IsWellFormed(id) ? await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (article is null)
        {
            return NotFound(id);
        }

        var text = await _storage.GetTextAsync(id, article.TextHash, cancellationToken).ConfigureAwait(false);
        var flags = await _storage.GetFlagsAsync(id, cancellationToken).ConfigureAwait(false);
        var body = new JObject
        {
            ["article"] = ArticleJson.Article(article),
            ["text"] = text,
            ["flags"] = new JArray(flags.OrderBy(f => f.Offset).ThenBy(f => f.Rule, StringComparer.Ordinal).Select(ArticleJson.Flag)),
        };
        return new JsonBodyResult(body) { ETag = article.ETag.ToString() };
    }

    /// <summary>
    /// <c>PATCH /api/articles/{id}/flags/{flagId}</c> with <c>{"status":"accepted"|"dismissed"|"open","note":…}</c> and
    /// <c>If-Match</c>: the flag's ETag from the last read. 200 with the flag, 404, 412 when someone changed it since, 428
    /// without If-Match, 400 on a bad body.
    /// </summary>
    public async Task<IResult> ReviewFlagAsync(HttpRequest request, string id, string flagId, CancellationToken cancellationToken = default)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (ifMatch.Length == 0)
        {
            return new ProblemResult(StatusCodes.Status428PreconditionRequired, "Send If-Match with the flag's etag from GET /api/articles/{id} (or * to overwrite).");
        }

        var body = await RequestBody.ReadAsync(request, 64 * 1024, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return RequestBody.TooLarge(64 * 1024);
        }

        var review = ParseReview(body);
        if (review.Problem is not null)
        {
            return review.Problem;
        }

        var flag = ArticleKey.IsWellFormed(id) && IsFlagId(flagId) ? await _storage.GetFlagAsync(id, flagId, cancellationToken).ConfigureAwait(false) : null;
        if (flag is null)
        {
            return new ProblemResult(StatusCodes.Status404NotFound, $"Article '{id}' has no flag '{flagId}'.");
        }

        flag.ReviewStatus = review.Status.ToString();
        // A resolved flag stays resolved (it is not in the draft); the decision is kept for when it comes back.
        if (flag.ParsedStatus != FlagStatus.Resolved)
        {
            flag.Status = review.Status.ToString();
        }

        flag.Note = review.Note;
        flag.Reviewer = request.Headers[PrincipalNameHeader].ToString() is { Length: > 0 } principal ? principal : review.Reviewer;
        flag.ReviewedAt = _time.GetUtcNow();
        var etag = ifMatch.Trim() == "*" ? ETag.All : new ETag(ifMatch.Trim());
        try
        {
            var response = await _storage.Flags.UpdateEntityAsync(flag, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            flag.ETag = response.Headers.ETag ?? flag.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return new ProblemResult(StatusCodes.Status412PreconditionFailed, $"Flag '{flagId}' changed since you read it (a review or a new check); reload it and try again.");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new ProblemResult(StatusCodes.Status404NotFound, $"Article '{id}' has no flag '{flagId}'.");
        }

        _logger.LogInformation("Flag {Flag} of {Article} set to {Status} by {Reviewer}", flagId, id, review.Status, flag.Reviewer ?? "anonymous");
        return new JsonBodyResult(ArticleJson.Flag(flag)) { ETag = flag.ETag.ToString() };
    }

    private static ProblemResult NotFound(string id) =>
        new(StatusCodes.Status404NotFound, $"There is no article '{id}'; list them with GET /api/articles.");

    private static bool IsFlagId(string flagId) =>
        flagId.Length is > 0 and <= 64 && flagId.All(char.IsAsciiLetterOrDigit);

    private static Review ParseReview(byte[] body)
    {
        JObject json;
        try
        {
            json = JObject.Parse(System.Text.Encoding.UTF8.GetString(body));
        }
        catch (JsonReaderException e)
        {
            return Review.Fail($"The JSON body is not valid: {e.Message}");
        }

        var statusText = json["status"] is JValue { Type: JTokenType.String } s ? (string)s! : null;
        FlagStatus? status = statusText?.ToLowerInvariant() switch
        {
            "accepted" => FlagStatus.Accepted,
            "dismissed" => FlagStatus.Dismissed,
            "open" => FlagStatus.Open,
            _ => null,
        };
        if (status is null)
        {
            return Review.Fail($"status must be \"accepted\", \"dismissed\" or \"open\", not {(statusText is null ? "missing" : $"\"{statusText}\"")}.");
        }

        var note = json["note"];
        if (note is not null && note.Type is not (JTokenType.String or JTokenType.Null))
        {
            return Review.Fail("note must be a string.");
        }

        var noteText = (string?)note;
        if (noteText is { Length: > 4000 })
        {
            return Review.Fail("note is longer than 4,000 characters.");
        }

        return new Review(status.Value, noteText, (string?)json["reviewer"], null);
    }

    private sealed record Review(FlagStatus Status, string? Note, string? Reviewer, ProblemResult? Problem)
    {
        public static Review Fail(string detail) => new(FlagStatus.Open, null, null, new ProblemResult(StatusCodes.Status400BadRequest, detail));
    }
}
