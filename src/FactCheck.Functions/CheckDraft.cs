using Azure.Storage.Blobs;
using FactCheck.Azure.Configuration;
using FactCheck.Service;
using FactCheck.Service.Processing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace FactCheck.Functions;

/// <summary>
/// Checks each draft uploaded to the <c>drafts</c> container (Event Grid source: the only one Flex Consumption runs)
/// and records articles and flags in Table Storage. Bad input, a name outside the draft-name grammar included, completes
/// with a Rejected row; a blob replaced by a later upload or deleted meanwhile completes with nothing recorded (the
/// later upload's own event records it); transient failures throw.
/// </summary>
public sealed class CheckDraft
{
    private readonly DraftProcessor _processor;
    private readonly ILogger<CheckDraft> _logger;

    public CheckDraft(DraftProcessor processor, ILogger<CheckDraft> logger)
    {
        _processor = processor;
        _logger = logger;
    }

    [Function(nameof(CheckDraft))]
    public async Task RunAsync(
        [BlobTrigger(ServiceOptions.DefaultDraftsContainer + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = SettingNames.DraftsStorageConnection)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        var outcome = await _processor.ProcessBlobAsync(blob, name, cancellationToken);
        if (outcome.Skipped is { } skipped)
        {
            // Completing (not throwing) is the point: a retry would find the same newer version or the same absence.
            _logger.LogInformation("Draft {Blob} -> {Article}: nothing recorded, {Skip}: {Reason}", name, outcome.ArticleId, skipped, outcome.Reason);
            return;
        }

        _logger.LogInformation("Draft {Blob} -> {Article}: {Status} (unchanged {Unchanged}, {Flags} flags)",
            name, outcome.ArticleId, outcome.Status, outcome.Unchanged, outcome.FlagCount);
    }
}
