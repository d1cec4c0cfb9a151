using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;
using FactCheck.Service.Storage;
using Microsoft.Extensions.Logging;

namespace FactCheck.Service.Processing;

/// <summary>
/// Checks one draft and records the result: the <c>Flags</c> partition first, the <c>Articles</c> row last. The
/// Articles row is the commit point: its content hash is trusted ("nothing to do") only when it says Checked, and it
/// is written only after every flag row, so a crash in between is repaired by the next check. The row is written with
/// its ETag (or as a new row), and each flag row with its own ETag, so of two concurrent checks one commits and the
/// other re-reads and merges again (or finds the work done).
/// <para>
/// A check of a stored blob also knows which version it checks (the blob's ETag) and records it on the row. ETags have
/// no order, so the last upload wins this way: after reading the row and before each write, the check reads the blob's
/// properties again, and a check whose blob has moved on (or gone) writes nothing and completes. A newer version that
/// commits after that read changes the row's ETag, so the older check's conditional write fails and its next look at the
/// blob stops it. A check that had already written its flags when it found itself superseded checks the current version
/// itself, so the flags are never an older version's under a newer row.
/// </para>
/// </summary>
public sealed class DraftProcessor
{
    private const int MaxTableBatch = 100;

    /// <summary>How often one run checks the current version after being superseded mid-write before leaving it to a retry.</summary>
    private const int MaxTakeovers = 3;

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
    /// Processes the blob a trigger delivered under <paramref name="deliveredName"/>: whatever version it holds when it
    /// is read. Refused unread, as Rejected and without retry: a name that breaks the grammar, and a client that does
    /// not point at exactly that name in the drafts container (a client built from a name with dot segments resolves
    /// into another container). A blob that is gone, or replaced while it is checked, completes with
    /// <see cref="DraftOutcome.Skipped"/> set and nothing recorded.
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

        return await ProcessStoredAsync(name, blob, takeovers: 0, cancellationToken).ConfigureAwait(false);
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
    /// Checks a draft's bytes and records the result, with no blob version behind them (tools and tests that hand in
    /// content): the result is recorded whatever the drafts container holds. Bad input ends as a Rejected row (no
    /// exception); transient failures mark the row Failed and propagate so the host retries.
    /// </summary>
    public async Task<DraftOutcome> ProcessAsync(DraftName name, byte[] content, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        return await ProcessVersionAsync(name, content, contentType, stored: null, version: null, takeovers: 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the version of a draft just stored in the drafts container as <paramref name="version"/> (the ETag its
    /// upload answered), recording it only while the blob still holds that version.
    /// </summary>
    public async Task<DraftOutcome> ProcessAsync(DraftName name, byte[] content, string? contentType, ETag version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        var stored = _storage.Drafts.GetBlobClient(name.Value);
        return await ProcessVersionAsync(name, content, contentType, stored, version, takeovers: 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="recorded"/> (as a row keeps it) names the blob version <paramref name="version"/>.</summary>
    public static bool IsSameVersion(string? recorded, ETag version) =>
        recorded is not null && string.Equals(recorded, VersionText(version), StringComparison.Ordinal);

    /// <summary>An ETag as rows keep it: headers quote it and listings may not, so without quotes.</summary>
    public static string VersionText(ETag version) => version.ToString().Trim('"');

    private async Task<DraftOutcome> ProcessStoredAsync(DraftName name, BlobClient blob, int takeovers, CancellationToken cancellationToken)
    {
        ETag? version = null;
        byte[] content;
        string? contentType;
        try
        {
            BlobProperties properties;
            try
            {
                properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return Skip(name, DraftSkip.Deleted);
            }

            version = properties.ETag;
            var limit = _storage.Options.MaxDraftBytes;
            if (properties.ContentLength > limit)
            {
                return await RejectAsync(name, hash: null, TooLarge(name.Value, properties.ContentLength, limit, _storage.Options.RaiseDraftLimit), blob, version, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                // Conditional, so the bytes are the version whose size was just checked and whose ETag the row will record.
                var download = await blob.DownloadContentAsync(
                    new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = version } }, cancellationToken).ConfigureAwait(false);
                content = download.Value.Content.ToArray();
                contentType = download.Value.Details.ContentType;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                return Skip(name, e.Status == 404 ? DraftSkip.Deleted : DraftSkip.Superseded);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing is recorded yet: without a row, a draft the host gives up on would vanish from the review list.
            if (await TryMarkFailedAsync(name, hash: null, blob, version, e).ConfigureAwait(false) is { } skipped)
            {
                return skipped;
            }

            throw;
        }

        return await ProcessVersionAsync(name, content, contentType, blob, version, takeovers, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DraftOutcome> ProcessVersionAsync(DraftName name, byte[] content, string? contentType, BlobClient? stored, ETag? version, int takeovers, CancellationToken cancellationToken)
    {
        var outcome = await CheckVersionAsync(name, content, contentType, stored, version, rewriteFlags: takeovers > 0, cancellationToken).ConfigureAwait(false);
        if (outcome is not null)
        {
            return outcome;
        }

        // Superseded after its flags were written: those flags may have landed over the newer version's, so this run
        // checks what the blob holds now, and that check's flags are written last.
        if (takeovers >= MaxTakeovers)
        {
            throw new ConcurrentCheckException(name.ArticleId, null);
        }

        _logger.LogInformation("Draft {Blob} was replaced after this check wrote its flags; checking the current version so the flags are its own", name.Value);
        return await ProcessStoredAsync(name, stored!, takeovers + 1, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The outcome, or null when the version was superseded after this check wrote its flags. With
    /// <paramref name="rewriteFlags"/> (a take-over) a row that already says Checked for this content is not trusted
    /// until this check has written the flags itself: they may be the superseded check's.
    /// </summary>
    private async Task<DraftOutcome?> CheckVersionAsync(DraftName name, byte[] content, string? contentType, BlobClient? stored, ETag? version, bool rewriteFlags, CancellationToken cancellationToken)
    {
        var blobName = name.Value;
        var id = name.ArticleId;
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        try
        {
            ExtractedDocument? document = null;
            FileReport? report = null;
            var started = 0L;
            var wroteFlags = false;
            var existing = await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    // Read after the row: a version that commits later changes the row's ETag and fails this check's write.
                    if (await StateAsync(stored, version, cancellationToken).ConfigureAwait(false) is { } gone)
                    {
                        return wroteFlags && gone == DraftSkip.Superseded ? null : Skip(name, gone);
                    }

                    if (IsAlreadyChecked(existing, hash) && !(rewriteFlags && !wroteFlags))
                    {
                        return await RecordUnchangedAsync(existing!, blobName, hash, version, cancellationToken).ConfigureAwait(false);
                    }

                    if (document is null || report is null)
                    {
                        var format = DraftFormats.Detect(blobName, contentType);
                        if (format is null)
                        {
                            return await RejectAsync(name, hash, DraftFormats.Unsupported(blobName, contentType), stored, version, cancellationToken).ConfigureAwait(false);
                        }

                        try
                        {
                            document = DocumentReader.Read(blobName, content, new DocumentReaderOptions { MaxBytes = _storage.Options.MaxDraftBytes, Format = format });
                        }
                        catch (DocumentInputException e)
                        {
                            var reason = e is DocumentTooLargeException large ? large.WithAdvice(_storage.Options.RaiseDraftLimit) : e.Message;
                            return await RejectAsync(name, hash, reason, stored, version, cancellationToken).ConfigureAwait(false);
                        }

                        started = _time.GetTimestamp();
                        var settings = await _house.CurrentAsync(cancellationToken).ConfigureAwait(false);
                        report = await _checker.CheckAsync(document, settings with { ArticleId = blobName }, cancellationToken).ConfigureAwait(false);
                        foreach (var diagnostic in report.Diagnostics)
                        {
                            // Retries, partial results and per-document service warnings would otherwise show only in a report nobody reads.
                            _logger.LogWarning("Recognizer {Recognizer} reported {Severity} {Code} for {Blob}: {Message}",
                                report.Recognizer, diagnostic.Severity, diagnostic.Code, blobName, diagnostic.Message);
                        }

                        await _storage.SaveTextAsync(id, hash, document.Text, cancellationToken).ConfigureAwait(false);

                        // The check took a while: look again before writing flags a newer version would have to undo.
                        if (await StateAsync(stored, version, cancellationToken).ConfigureAwait(false) is { } goneWhileChecking)
                        {
                            return Skip(name, goneWhileChecking);
                        }
                    }

                    await WriteFlagsAsync(id, report.Flags, hash, cancellationToken).ConfigureAwait(false);
                    wroteFlags = true;

                    // Before the commit, so a failed record fails the check and its retry records again (a record of
                    // the same draft replaces its earlier contribution, so records converge).
                    if (_checker.Archive is { } archive && report.Archived is { } archived)
                    {
                        await archive.RecordAsync(archived with { Title = archived.Title ?? blobName }, cancellationToken).ConfigureAwait(false);
                    }

                    await CommitAsync(existing, CheckedRow(id, blobName, hash, version, document, report), cancellationToken).ConfigureAwait(false);
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
                    await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
                    existing = await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (await TryMarkFailedAsync(name, hash, stored, version, e).ConfigureAwait(false) is { } skipped)
            {
                return skipped;
            }

            throw;
        }
    }

    /// <summary>
    /// Null while the blob still holds <paramref name="version"/> (or the check has no stored blob behind it); otherwise
    /// why this version's check must record nothing.
    /// </summary>
    private static async Task<DraftSkip?> StateAsync(BlobClient? stored, ETag? version, CancellationToken cancellationToken)
    {
        if (stored is null || version is not { } expected)
        {
            return null;
        }

        try
        {
            var properties = await stored.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return IsSameVersion(VersionText(properties.Value.ETag), expected) ? null : DraftSkip.Superseded;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return DraftSkip.Deleted;
        }
    }

    /// <summary>Spreads the retries of checks that collided, so they do not collide again in step.</summary>
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt);

    private DraftOutcome Skip(DraftName name, DraftSkip why) => Skip(name.ArticleId, name.Value, why);

    private DraftOutcome Skip(string id, string blobName, DraftSkip why)
    {
        var reason = why == DraftSkip.Deleted
            ? "the draft blob was deleted before its check could be recorded"
            : "a later upload replaced this version of the draft while it was checked; that upload's check records the article";
        _logger.LogInformation("Draft {Blob}: nothing recorded for this version, {Skip}: {Reason}", blobName, why, reason);
        return new DraftOutcome(id, null, false, reason, 0) { Skipped = why };
    }

    /// <summary>
    /// The content is already checked. A row from another upload of the same bytes learns this blob version (one
    /// conditional write, no check), so the sweep does not take it for a row older than its blob.
    /// </summary>
    private async Task<DraftOutcome> RecordUnchangedAsync(ArticleEntity existing, string blobName, string hash, ETag? version, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Draft {Blob} is unchanged (hash {Hash}); nothing to do", blobName, hash);
        if (version is { } current && !IsSameVersion(existing.DraftETag, current))
        {
            existing.DraftETag = VersionText(current);
            await CommitAsync(existing, existing, cancellationToken).ConfigureAwait(false);
        }

        return Unchanged(existing.RowKey, existing);
    }

    private static bool IsAlreadyChecked(ArticleEntity? article, string hash) =>
        article is not null && article.ParsedStatus == ArticleStatus.Checked && string.Equals(article.ContentHash, hash, StringComparison.Ordinal);

    private static DraftOutcome Unchanged(string id, ArticleEntity article) =>
        new(id, ArticleStatus.Checked, true, null, article.Errors + article.Warnings + article.Infos);

    private static string TooLarge(string name, long length, long limit, string raiseTheLimit) =>
        $"{name}: the draft is {length:N0} bytes, over the {limit:N0}-byte limit; split it or {raiseTheLimit}.";

    private ArticleEntity CheckedRow(string id, string name, string hash, ETag? version, ExtractedDocument document, FileReport report) => new()
    {
        RowKey = id,
        Name = name,
        ContentHash = hash,
        TextHash = hash,
        DraftETag = version is { } stored ? VersionText(stored) : null,
        Status = nameof(ArticleStatus.Checked),
        Errors = report.Count(Severity.Error),
        Warnings = report.Count(Severity.Warning),
        Infos = report.Count(Severity.Info),
        CheckedAt = _time.GetUtcNow(),
        ArticleDate = report.Archived is { } archived ? new DateTimeOffset(archived.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
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

    /// <summary>Records a draft version that cannot be checked. Its flags are left alone: they describe the last good version.</summary>
    private Task<DraftOutcome> RejectAsync(DraftName name, string? hash, string reason, BlobClient? stored, ETag? version, CancellationToken cancellationToken) =>
        RejectAsync(name.Value, name.ArticleId, hash, reason, stored, version, cancellationToken);

    private async Task<DraftOutcome> RejectAsync(string name, string id, string? hash, string reason, BlobClient? stored, ETag? version, CancellationToken cancellationToken)
    {
        _logger.LogWarning("Rejected draft {Blob}: {Reason}", name, reason);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await _storage.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
            if (await StateAsync(stored, version, cancellationToken).ConfigureAwait(false) is { } gone)
            {
                return Skip(id, name, gone);
            }

            var row = existing ?? new ArticleEntity { RowKey = id };
            row.Name = name;
            row.Status = nameof(ArticleStatus.Rejected);
            row.Reason = reason;
            row.LastError = null;
            row.ContentHash = hash;
            row.DraftETag = version is { } current ? VersionText(current) : null;
            row.CheckedAt = _time.GetUtcNow();
            try
            {
                await CommitAsync(existing, row, cancellationToken).ConfigureAwait(false);
                return new DraftOutcome(id, ArticleStatus.Rejected, false, reason, 0);
            }
            catch (ConcurrentCheckException) when (attempt < _storage.Options.MaxConcurrencyAttempts)
            {
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
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

        return await RejectAsync(rawName, ArticleKey.Encode(rawName), hash: null, problem, stored: null, version: null, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Records a failure on the row, best effort: the failure that is about to propagate matters more than recording
    /// it. A version the blob no longer holds marks nothing (the row belongs to the newer version's check) and is not
    /// retried, so the caller gets a skipped outcome instead of rethrowing. The mark is written with the row's ETag,
    /// so a row written since it was read (a newer version, or a retry that succeeded) is never overwritten.
    /// </summary>
    private async Task<DraftOutcome?> TryMarkFailedAsync(DraftName name, string? hash, BlobClient? stored, ETag? version, Exception failure)
    {
        var id = name.ArticleId;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        ArticleEntity? existing;
        try
        {
            existing = await _storage.GetArticleAsync(id, timeout.Token).ConfigureAwait(false);
            if (await StateAsync(stored, version, timeout.Token).ConfigureAwait(false) is { } gone)
            {
                _logger.LogInformation("Checking {Blob} failed ({Error}), but that version is no longer stored ({Skip}); nothing is marked or retried",
                    name.Value, OneLine(failure), gone);
                return Skip(name, gone);
            }
        }
        catch (Exception e)
        {
            _logger.LogError(failure, "Checking {Blob} failed; the host will retry", name.Value);
            _logger.LogWarning(e, "Could not mark {Article} as failed", id);
            return null;
        }

        _logger.LogError(failure, "Checking {Blob} failed; the host will retry", name.Value);
        if (hash is not null && IsAlreadyChecked(existing, hash))
        {
            return null;
        }

        // Failed before the version was known (its properties could not be read): only make sure a row exists.
        if (stored is not null && version is null && existing is not null)
        {
            return null;
        }

        var row = existing ?? new ArticleEntity { RowKey = id };
        row.Name = name.Value;
        row.Status = nameof(ArticleStatus.Failed);
        row.LastError = OneLine(failure);
        if (version is { } current)
        {
            row.DraftETag = VersionText(current);
        }

        try
        {
            await CommitAsync(existing, row, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Could not mark {Article} as failed", id);
        }

        return null;
    }

    private static string OneLine(Exception e)
    {
        var message = $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");
        return message.Length <= 1000 ? message : message[..1000];
    }
}
