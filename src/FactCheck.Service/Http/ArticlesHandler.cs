using Azure;
using Azure.Data.Tables;
using FactCheck.Core.Archive;
using FactCheck.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
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

    /// <summary>The longest review note, in characters (UTF-16 code units).</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>The longest reviewer name (body or principal header), in characters: an e-mail address is at most 254.</summary>
    public const int MaxReviewerLength = 256;

    private const int MaxReviewBodyBytes = 64 * 1024;

    /// <summary>The fields of a review body; the OpenAPI document describes the same ones (a test holds them together).</summary>
    internal static readonly string[] ReviewFields = ["status", "note", "reviewer", "reason"];

    /// <summary>
    /// The reasons a review may give. <c>correct</c>: dismissing an archive flag because the draft is right, which makes
    /// the draft's spelling or office established in the archive.
    /// </summary>
    internal static readonly string[] ReviewReasons = ["correct"];

    /// <summary>Set by App Service authentication (Easy Auth) in front of the app; the body's "reviewer" otherwise.</summary>
    private const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";

    private readonly ReviewStorage _storage;
    private readonly ILogger<ArticlesHandler> _logger;
    private readonly TimeProvider _time;
    private readonly IPeopleArchive? _archive;

    public ArticlesHandler(ReviewStorage storage, ILogger<ArticlesHandler> logger, TimeProvider? time = null, IPeopleArchive? archive = null)
    {
        _storage = storage;
        _archive = archive;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// <c>GET /api/articles?status=checked,failed&amp;top=50&amp;continuationToken=…</c>: <c>status</c> is one or more of
    /// checked, rejected, failed (comma-separated or repeated; all when absent).
    /// </summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var query = request.Query;
        if (!ArticleListQuery.TryParseStatuses(query["status"], out var statuses, out var statusProblem))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, statusProblem);
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ArticleEntity.Partition}");
        if (statuses.Count > 0)
        {
            filter += " and (" + string.Join(" or ", statuses.Select(status => TableClient.CreateQueryFilter($"Status eq {status.ToString()}"))) + ")";
        }

        var pageSize = DefaultPageSize;
        var topText = query["top"].ToString();
        if (topText.Length > 0 && (!int.TryParse(topText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"top '{topText}' must be a whole number from 1 to {MaxPageSize}.");
        }

        string? storageToken = null;
        var tokenText = query["continuationToken"].ToString();
        if (tokenText.Length > 0 && !ArticleListQuery.TryReadToken(tokenText, statuses, out storageToken, out var tokenProblem))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, tokenProblem);
        }

        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var pages = _storage.Articles.QueryAsync<ArticleEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(storageToken, pageSize);
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
        catch (RequestFailedException e) when (storageToken is not null && e.Status is >= 400 and < 500)
        {
            // Only the token came from the client; a storage 4xx on a query of our own making is about that token.
            _logger.LogInformation("Storage refused a continuation token ({Status} {Code})", e.Status, e.ErrorCode);
            return new ProblemResult(StatusCodes.Status400BadRequest, "The continuationToken is not valid any more; start again without it, from the first page.");
        }

        var body = new JObject { ["articles"] = articles, ["continuationToken"] = next is null ? null : ArticleListQuery.IssueToken(next, statuses) };
        return new JsonBodyResult(body);
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
    /// <c>PATCH /api/articles/{id}/flags/{flagId}</c> with <c>{"status":"accepted"|"dismissed"|"open","note":…,"reviewer":…}</c>
    /// and <c>If-Match</c>: the flag's ETag from the last read. 200 with the flag, 404, 412 when the If-Match does not
    /// match the flag (someone changed it since, or it is no etag of a flag at all), 428 without If-Match, 400 on a bad body.
    /// </summary>
    public async Task<IResult> ReviewFlagAsync(HttpRequest request, string id, string flagId, CancellationToken cancellationToken = default)
    {
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.ToString().Length == 0)
        {
            return new ProblemResult(StatusCodes.Status428PreconditionRequired, "Send If-Match with the flag's etag from GET /api/articles/{id} (or * to overwrite).");
        }

        if (IfMatchCondition.Parse(ifMatch, out var ifMatchProblem) is not { } etag)
        {
            return new ProblemResult(StatusCodes.Status412PreconditionFailed, ifMatchProblem!);
        }

        var body = await RequestBody.ReadAsync(request, MaxReviewBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return RequestBody.TooLarge(MaxReviewBodyBytes, "send a shorter review");
        }

        var review = ParseReview(body);
        if (review.Problem is not null)
        {
            return review.Problem;
        }

        var reviewer = request.Headers[PrincipalNameHeader].ToString() is { Length: > 0 } principal ? principal : review.Reviewer;
        if (reviewer is { Length: > MaxReviewerLength })
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"The reviewer's name is {reviewer.Length:N0} characters long; the limit is {MaxReviewerLength:N0}.");
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
        flag.Reason = review.Reason;
        flag.Reviewer = reviewer;
        flag.ReviewedAt = _time.GetUtcNow();
        try
        {
            var response = await _storage.Flags.UpdateEntityAsync(flag, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            flag.ETag = response.Headers.ETag ?? flag.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return new ProblemResult(StatusCodes.Status412PreconditionFailed, $"Flag '{flagId}' changed since you read it (a review or a new check), or If-Match is not an etag it had; reload it and try again.");
        }
        catch (RequestFailedException e) when (e.Status == 400 && etag != ETag.All)
        {
            // The fields are within limits and the keys were just read back, so what storage refused is the client's etag.
            _logger.LogInformation("Storage refused the If-Match of flag {Flag} of {Article} ({Code})", flagId, id, e.ErrorCode);
            return new ProblemResult(StatusCodes.Status412PreconditionFailed, $"If-Match is not an etag flag '{flagId}' ever had; reload the article (GET /api/articles/{{id}}) and send the flag's etag.");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new ProblemResult(StatusCodes.Status404NotFound, $"Article '{id}' has no flag '{flagId}'.");
        }

        _logger.LogInformation("Flag {Flag} of {Article} set to {Status} by {Reviewer}", flagId, id, review.Status, flag.Reviewer ?? "anonymous");
        await RecordArchiveDecisionAsync(id, flag, review, cancellationToken).ConfigureAwait(false);
        return new JsonBodyResult(ArticleJson.Flag(flag)) { ETag = flag.ETag.ToString() };
    }

    /// <summary>
    /// A reviewer's word on an archive flag changes the archive: a dismissal as correct establishes the draft's claim,
    /// an acceptance confirms the archive's. Other dismissals (no reason) leave the archive alone.
    /// </summary>
    private async Task RecordArchiveDecisionAsync(string id, FlagEntity flag, Review review, CancellationToken cancellationToken)
    {
        if (_archive is null || FlagRows.ToFlag(flag).Archive is not { } evidence)
        {
            return;
        }

        var claim = review switch
        {
            { Status: FlagStatus.Dismissed, Reason: "correct" } => evidence.DraftClaim,
            { Status: FlagStatus.Accepted } => evidence.ArchiveSide,
            _ => null,
        };
        if (claim is null)
        {
            return;
        }

        var article = await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
        var date = DateOnly.FromDateTime((article?.ArticleDate ?? _time.GetUtcNow()).UtcDateTime);
        var articleId = article?.Name is { Length: > 0 } name ? name : (ArticleKey.TryDecode(id, out var decoded) ? decoded : id);
        await _archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, date) { ArticleId = articleId }, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Archive decision on {Article}: {Kind} {Value} of {Person} established", id, claim.Kind, claim.Value, claim.PersonKey);
    }

    private static ProblemResult NotFound(string id) =>
        new(StatusCodes.Status404NotFound, $"There is no article '{id}'; list them with GET /api/articles.");

    private static bool IsFlagId(string flagId) =>
        flagId.Length is > 0 and <= 64 && flagId.All(char.IsAsciiLetterOrDigit);

    private static Review ParseReview(byte[] body)
    {
        if (!JsonRequestBody.TryParse(body, ReviewFields, """{"status": "dismissed", "note": "…"}""", out var json, out var problem)
            || !json.TryGetString("status", maxLength: 16, out var statusText, out problem)
            || !json.TryGetString("note", MaxNoteLength, out var note, out problem)
            || !json.TryGetString("reviewer", MaxReviewerLength, out var reviewer, out problem)
            || !json.TryGetString("reason", maxLength: 32, out var reason, out problem))
        {
            return new Review(FlagStatus.Open, null, null, problem);
        }

        reason = reason?.Trim().ToLowerInvariant() is { Length: > 0 } given ? given : null;
        if (reason is not null && !ReviewReasons.Contains(reason))
        {
            return Review.Fail($"reason must be {string.Join(" or ", ReviewReasons.Select(r => $"\"{r}\""))} (or left out), not \"{reason}\".");
        }

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

        if (reason is not null && status != FlagStatus.Dismissed)
        {
            return Review.Fail($"reason \"{reason}\" goes with status \"dismissed\" only.");
        }

        return new Review(status.Value, note, reviewer, null) { Reason = reason };
    }

    private sealed record Review(FlagStatus Status, string? Note, string? Reviewer, ProblemResult? Problem)
    {
        public string? Reason { get; init; }

        public static Review Fail(string detail) => new(FlagStatus.Open, null, null, new ProblemResult(StatusCodes.Status400BadRequest, detail));
    }
}
