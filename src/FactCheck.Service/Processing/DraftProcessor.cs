using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Reports;
using FactCheck.Core.Rules;
using FactCheck.Service.Storage;
using Microsoft.Extensions.Logging;

namespace FactCheck.Service.Processing;

/// <summary>
/// Checks one draft and records the result: the <c>Flags</c> partition first, the <c>Articles</c> row last. The
/// Articles row is the commit point: its content hash is trusted ("nothing to do") only when it says Checked, and it
/// is written only after every flag row, so a crash in between is repaired by the next check. The row is written with
/// its ETag (or as a new row), and each flag row with its own ETag, so of two concurrent checks one commits and the
/// other re-reads and merges again (or finds the work done).
/// </summary>
public sealed class DraftProcessor
{
    private const int MaxTableBatch = 100;

    private readonly ReviewStorage _storage;
    private readonly DocumentChecker _checker;
    private readonly IHouseSettings _house;
    private readonly ILogger<DraftProcessor> _logger;
    private readonly TimeProvider _time;

    public DraftProcessor(ReviewStorage storage, DocumentChecker checker, ILogger<DraftProcessor> logger, IHouseSettings? house = null, TimeProvider? time = null)
    {
        _storage = storage;
        _checker = checker;
        _logger = logger;
        _house = house ?? FixedHouseSettings.Default;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Downloads a draft blob (refusing it unread when it is over the size limit, or when its name breaks the
    /// <see cref="DraftName"/> grammar) and processes it.
    /// </summary>
    public Task<DraftOutcome> ProcessBlobAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        return ProcessBlobAsync(blob, blob.Name, cancellationToken);
    }

    /// <summary>
    /// Processes the blob a trigger delivered under <paramref name="deliveredName"/>. Refused unread, as Rejected and
    /// without retry: a name that breaks the grammar, and a client that does not point at exactly that name in the
    /// drafts container (a client built from a name with dot segments resolves into another container).
    /// </summary>
    public async Task<DraftOutcome> ProcessBlobAsync(BlobClient blob, string deliveredName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentException.ThrowIfNullOrEmpty(deliveredName);
        if (!DraftName.TryParse(deliveredName, out var name, out var problem))
        {
            return await RejectNameAsync(deliveredName, problem, cancellationToken).ConfigureAwait(false);
        }

        var drafts = _storage.Drafts;
        if (!string.Equals(blob.AccountName, drafts.AccountName, StringComparison.Ordinal) ||
            !string.Equals(blob.BlobContainerName, drafts.Name, StringComparison.Ordinal) ||
            !string.Equals(blob.Name, name.Value, StringComparison.Ordinal))
        {
            return await RejectNameAsync(deliveredName, $"The blob resolves to '{blob.BlobContainerName}/{blob.Name}', not '{drafts.Name}/{name.Value}'.", cancellationToken).ConfigureAwait(false);
        }

        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var limit = _storage.Options.MaxDraftBytes;
        if (properties.Value.ContentLength > limit)
        {
            return await RejectAsync(name.Value, name.ArticleId, hash: null, TooLarge(name.Value, properties.Value.ContentLength, limit, _storage.Options.RaiseDraftLimit), cancellationToken).ConfigureAwait(false);
        }

        var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return await ProcessAsync(name, content.Value.Content.ToArray(), content.Value.Details.ContentType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a draft stored under <paramref name="blobName"/>; a name that breaks the <see cref="DraftName"/> grammar
    /// ends as a Rejected row without being read.
    /// </summary>
    public async Task<DraftOutcome> ProcessAsync(string blobName, byte[] content, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        return DraftName.TryParse(blobName, out var name, out var problem)
            ? await ProcessAsync(name, content, contentType, cancellationToken).ConfigureAwait(false)
            : await RejectNameAsync(blobName, problem, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a draft's bytes and records the result. Bad input ends as a Rejected row (no exception); transient
    /// failures mark the row Failed and propagate so the host retries.
    /// </summary>
    public async Task<DraftOutcome> ProcessAsync(DraftName name, byte[] content, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        var blobName = name.Value;
        var id = name.ArticleId;
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        try
        {
            var existing = await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
            if (IsAlreadyChecked(existing, hash))
            {
                _logger.LogInformation("Draft {Blob} is unchanged (hash {Hash}); nothing to do", blobName, hash);
                return Unchanged(id, existing!);
            }

            var format = DraftFormats.Detect(blobName, contentType);
            if (format is null)
            {
                return await RejectAsync(blobName, id, hash, DraftFormats.Unsupported(blobName, contentType), cancellationToken).ConfigureAwait(false);
            }

            ExtractedDocument document;
            try
            {
                document = DocumentReader.Read(blobName, content, new DocumentReaderOptions { MaxBytes = _storage.Options.MaxDraftBytes, Format = format });
            }
            catch (DocumentInputException e)
            {
                var reason = e is DocumentTooLargeException large ? large.WithAdvice(_storage.Options.RaiseDraftLimit) : e.Message;
                return await RejectAsync(blobName, id, hash, reason, cancellationToken).ConfigureAwait(false);
            }

            var started = _time.GetTimestamp();
            var settings = await _house.CurrentAsync(cancellationToken).ConfigureAwait(false);
            var report = await _checker.CheckAsync(document, settings, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in report.Diagnostics)
            {
                // Retries, partial results and per-document service warnings would otherwise show only in a report nobody reads.
                _logger.LogWarning("Recognizer {Recognizer} reported {Severity} {Code} for {Blob}: {Message}",
                    report.Recognizer, diagnostic.Severity, diagnostic.Code, blobName, diagnostic.Message);
            }

            await _storage.SaveTextAsync(id, hash, document.Text, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteFlagsAsync(id, report.Flags, hash, cancellationToken).ConfigureAwait(false);
                    await CommitAsync(existing, CheckedRow(id, blobName, hash, document, report), cancellationToken).ConfigureAwait(false);
                    await DeleteSupersededTextAsync(id, existing?.TextHash, hash).ConfigureAwait(false);
                    _logger.LogInformation(
                        "Checked {Blob} as {Article}: {Flags} flags ({Errors} errors, {Warnings} warnings) with {Recognizer} in {Ms} ms",
                        blobName, id, report.Flags.Count, report.Count(Severity.Error), report.Count(Severity.Warning), report.Recognizer,
                        (long)_time.GetElapsedTime(started).TotalMilliseconds);
                    return new DraftOutcome(id, ArticleStatus.Checked, false, null, report.Flags.Count);
                }
                catch (ConcurrentCheckException) when (attempt < _storage.Options.MaxConcurrencyAttempts)
                {
                    _logger.LogInformation("Another check of {Article} wrote first; merging again (attempt {Attempt})", id, attempt + 1);
                    existing = await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
                    if (IsAlreadyChecked(existing, hash))
                    {
                        return Unchanged(id, existing!);
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await TryMarkFailedAsync(id, blobName, hash, e).ConfigureAwait(false);
            throw;
        }
    }

    private static bool IsAlreadyChecked(ArticleEntity? article, string hash) =>
        article is not null && article.ParsedStatus == ArticleStatus.Checked && string.Equals(article.ContentHash, hash, StringComparison.Ordinal);

    private static DraftOutcome Unchanged(string id, ArticleEntity article) =>
        new(id, ArticleStatus.Checked, true, null, article.Errors + article.Warnings + article.Infos);

    private static string TooLarge(string name, long length, long limit, string raiseTheLimit) =>
        $"{name}: the draft is {length:N0} bytes, over the {limit:N0}-byte limit; split it or {raiseTheLimit}.";

    private ArticleEntity CheckedRow(string id, string name, string hash, ExtractedDocument document, FileReport report) => new()
    {
        RowKey = id,
        Name = name,
        ContentHash = hash,
        TextHash = hash,
        Status = nameof(ArticleStatus.Checked),
        Errors = report.Count(Severity.Error),
        Warnings = report.Count(Severity.Warning),
        Infos = report.Count(Severity.Info),
        CheckedAt = _time.GetUtcNow(),
        Recognizer = report.Recognizer,
        BilledTextRecords = report.Usage.BilledTextRecords,
        Format = document.Format.ToString(),
        TextLength = document.Text.Length,
    };

    /// <summary>
    /// Brings the article's flag partition in line with <paramref name="current"/>: flags still reported keep their
    /// review, new ones are Open, vanished ones become Resolved. Every write carries the ETag read here (or is an insert),
    /// so a concurrent check or review in between surfaces as <see cref="ConcurrentCheckException"/>.
    /// </summary>
    private async Task WriteFlagsAsync(string id, IReadOnlyList<Flag> current, string hash, CancellationToken cancellationToken)
    {
        var stored = (await _storage.GetFlagsAsync(id, cancellationToken).ConfigureAwait(false)).ToDictionary(f => f.RowKey, StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>();
        foreach (var flag in current)
        {
            if (stored.Remove(flag.Id, out var row))
            {
                FlagRows.CopyReport(flag, row);
                row.Status = row.ReviewStatus;
                row.ContentHash = hash;
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
            }
            else
            {
                row = new FlagEntity { PartitionKey = id, RowKey = flag.Id, Status = nameof(FlagStatus.Open), ReviewStatus = nameof(FlagStatus.Open), ContentHash = hash };
                FlagRows.CopyReport(flag, row);
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
            }
        }

        foreach (var vanished in stored.Values.Where(f => f.ParsedStatus != FlagStatus.Resolved))
        {
            vanished.Status = nameof(FlagStatus.Resolved);
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, vanished, vanished.ETag));
        }

        // A transaction is atomic within one partition, up to 100 operations; longer lists commit in chunks, and a
        // crash between chunks is repaired by the next check because the Articles row is not yet written.
        foreach (var chunk in actions.Chunk(MaxTableBatch))
        {
            try
            {
                await _storage.Flags.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                throw new ConcurrentCheckException(id, e);
            }
        }
    }

    private async Task CommitAsync(ArticleEntity? existing, ArticleEntity row, CancellationToken cancellationToken)
    {
        try
        {
            if (existing is null)
            {
                await _storage.Articles.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _storage.Articles.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrentCheckException(row.RowKey, e);
        }
    }

    /// <summary>Records a draft that cannot be checked. Its flags are left alone: they describe the last good version.</summary>
    private async Task<DraftOutcome> RejectAsync(string name, string id, string? hash, string reason, CancellationToken cancellationToken)
    {
        _logger.LogWarning("Rejected draft {Blob}: {Reason}", name, reason);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
            var row = existing ?? new ArticleEntity { RowKey = id };
            row.Name = name;
            row.Status = nameof(ArticleStatus.Rejected);
            row.Reason = reason;
            row.LastError = null;
            row.ContentHash = hash;
            row.CheckedAt = _time.GetUtcNow();
            try
            {
                await CommitAsync(existing, row, cancellationToken).ConfigureAwait(false);
                return new DraftOutcome(id, ArticleStatus.Rejected, false, reason, 0);
            }
            catch (ConcurrentCheckException) when (attempt < _storage.Options.MaxConcurrencyAttempts)
            {
            }
        }
    }

    /// <summary>
    /// Records a blob whose name breaks the grammar, as Rejected and without retry: nothing is read, extracted or
    /// written under its name but one Articles row. Its id is still the encoding of the raw name, which is injective,
    /// so the row can never be another article's; a name that is not even valid Unicode (which Azure cannot store
    /// anyway) is only logged, since its encoding is not.
    /// </summary>
    private async Task<DraftOutcome> RejectNameAsync(string rawName, string problem, CancellationToken cancellationToken)
    {
        if (!DraftName.IsWellFormedUnicode(rawName))
        {
            _logger.LogWarning("Rejected draft {Blob}: {Reason}", rawName, problem);
            return new DraftOutcome(string.Empty, ArticleStatus.Rejected, false, problem, 0);
        }

        return await RejectAsync(rawName, ArticleKey.Encode(rawName), hash: null, problem, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteSupersededTextAsync(string id, string? previousHash, string hash)
    {
        if (previousHash is null || previousHash == hash)
        {
            return;
        }

        try
        {
            await _storage.DeleteTextAsync(id, previousHash).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            _logger.LogWarning(e, "Could not delete the superseded text of {Article}", id);
        }
    }

    /// <summary>Best effort: the failure that is about to propagate matters more than recording it.</summary>
    private async Task TryMarkFailedAsync(string id, string name, string hash, Exception failure)
    {
        _logger.LogError(failure, "Checking {Blob} failed; the host will retry", name);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var existing = await _storage.GetArticleAsync(id, timeout.Token).ConfigureAwait(false);
            if (IsAlreadyChecked(existing, hash))
            {
                return;
            }

            var row = existing ?? new ArticleEntity { RowKey = id };
            row.Name = name;
            row.Status = nameof(ArticleStatus.Failed);
            row.LastError = OneLine(failure);
            await CommitAsync(existing, row, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Could not mark {Article} as failed", id);
        }
    }

    private static string OneLine(Exception e)
    {
        var message = $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");
        return message.Length <= 1000 ? message : message[..1000];
    }
}
