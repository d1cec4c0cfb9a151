using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using FactCheck.Service.Storage;
using Microsoft.Extensions.Logging;

namespace FactCheck.Service.Processing;

/// <summary>
/// Finds stored drafts that nothing has checked and checks them: a blob with no Articles row (its upload's check
/// failed before writing one, or its trigger never ran), a row whose recorded blob version is not the blob's (a
/// later upload whose check never committed), and a row left Failed. Each pass lists the drafts container and reads
/// the Articles partition once (no per-blob reads), then checks at most <see cref="ServiceOptions.SweepMaxChecks"/>
/// drafts in turn; the rest are logged and left to the next pass. <c>factcheck serve</c> runs it at startup and
/// periodically (<see cref="Hosting.DraftSweepService"/>), the Functions app on a timer (<c>SweepDrafts</c>).
/// </summary>
public sealed class DraftSweeper
{
    /// <summary>Consecutive failed checks after which a pass stops: storage or Language is down, and the next pass will do.</summary>
    private const int MaxConsecutiveFailures = 3;

    private readonly ReviewStorage _storage;
    private readonly DraftProcessor _processor;
    private readonly ILogger<DraftSweeper> _logger;
    private readonly TimeProvider _time;

    public DraftSweeper(ReviewStorage storage, DraftProcessor processor, ILogger<DraftSweeper> logger, TimeProvider? time = null)
    {
        _storage = storage;
        _processor = processor;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>One pass. Failures of single drafts are counted and logged (their rows say Failed); storage that
    /// cannot be listed throws.</summary>
    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var options = _storage.Options;
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ReadRowsAsync(cancellationToken).ConfigureAwait(false);
        var settled = _time.GetUtcNow() - options.SweepMinAge;
        var due = new List<(string Name, string Why)>();
        int examined = 0, young = 0, left = 0;
        await foreach (var blob in _storage.Drafts.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            examined++;
            if (blob.Properties.LastModified > settled)
            {
                young++;
                continue;
            }

            if (WhyDue(blob, rows) is not { } why)
            {
                continue;
            }

            if (due.Count < options.SweepMaxChecks)
            {
                due.Add((blob.Name, why));
            }
            else
            {
                left++;
            }
        }

        int done = 0, skipped = 0, failed = 0, consecutiveFailures = 0;
        for (var i = 0; i < due.Count; i++)
        {
            var (name, why) = due[i];
            _logger.LogInformation("Sweep: checking {Blob} ({Why})", name, why);
            try
            {
                var outcome = await _processor.ProcessBlobAsync(_storage.Drafts.GetBlobClient(name), name, cancellationToken).ConfigureAwait(false);
                if (outcome.Skipped is null)
                {
                    done++;
                }
                else
                {
                    skipped++;
                }

                consecutiveFailures = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                _logger.LogWarning("Sweep: checking {Blob} failed ({Error}); the next pass tries again", name, e.GetType().Name + ": " + FirstLine(e.Message));
                if (++consecutiveFailures >= MaxConsecutiveFailures)
                {
                    left += due.Count - i - 1;
                    break;
                }
            }
        }

        var report = new SweepReport(examined, young, due.Count + left, done, skipped, failed, left);
        var level = failed > 0 || left > 0 ? LogLevel.Warning : due.Count > 0 ? LogLevel.Information : LogLevel.Debug;
        _logger.Log(level,
            "Sweep of {Container}: {Examined} drafts, {Young} too recent to judge, {Due} needing a check: {Done} recorded, {Skipped} replaced or deleted meanwhile, {Failed} failed, {Left} left for the next pass ({Ms} ms)",
            _storage.Drafts.Name, examined, young, report.Due, done, skipped, failed, left, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return report;
    }

    private static string? WhyDue(BlobItem blob, IReadOnlyDictionary<string, RowSummary> rows)
    {
        if (!DraftName.TryParse(blob.Name, out var name, out _))
        {
            // Such a name is refused unread, always the same way: once it has its Rejected row there is nothing to redo.
            return DraftName.IsWellFormedUnicode(blob.Name) && !rows.ContainsKey(ArticleKey.Encode(blob.Name)) ? "no article row" : null;
        }

        if (!rows.TryGetValue(name.ArticleId, out var row))
        {
            return "no article row";
        }

        if (row.Status == ArticleStatus.Failed)
        {
            return "its last check failed";
        }

        return blob.Properties.ETag is { } version && DraftProcessor.IsSameVersion(row.DraftETag, version)
            ? null
            : "the article row is older than the blob";
    }

    private async Task<Dictionary<string, RowSummary>> ReadRowsAsync(CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, RowSummary>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ArticleEntity.Partition}");
        string[] select = [nameof(ArticleEntity.RowKey), nameof(ArticleEntity.Status), nameof(ArticleEntity.DraftETag)];
        await foreach (var row in _storage.Articles.QueryAsync<ArticleEntity>(filter, select: select, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows[row.RowKey] = new RowSummary(row.ParsedStatus, row.DraftETag);
        }

        return rows;
    }

    private static string FirstLine(string message) =>
        message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;

    private sealed record RowSummary(ArticleStatus Status, string? DraftETag);
}

/// <summary>What one sweep pass found and did.</summary>
/// <param name="Examined">Draft blobs listed.</param>
/// <param name="TooRecent">Drafts younger than <see cref="ServiceOptions.SweepMinAge"/>, left to their own check.</param>
/// <param name="Due">Drafts with no row, a Failed row, or a row older than the blob.</param>
/// <param name="Recorded">Checks that recorded a row (checked, unchanged or rejected).</param>
/// <param name="Skipped">Drafts replaced or deleted while the pass got to them.</param>
/// <param name="Failed">Checks that failed (their rows say Failed; the next pass retries them).</param>
/// <param name="Left">Due drafts beyond this pass's limit, or not tried after repeated failures.</param>
public sealed record SweepReport(int Examined, int TooRecent, int Due, int Recorded, int Skipped, int Failed, int Left);
