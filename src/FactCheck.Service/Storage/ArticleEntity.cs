using Azure;
using Azure.Data.Tables;

namespace FactCheck.Service.Storage;

/// <summary>One row of the <c>Articles</c> table: the summary of a draft's latest check.</summary>
public sealed class ArticleEntity : ITableEntity
{
    /// <summary>Every article lives in one partition: the table holds one small row per draft.</summary>
    public const string Partition = "article";

    public string PartitionKey { get; set; } = Partition;

    /// <summary>The article id (<see cref="ArticleKey.Encode"/> of <see cref="Name"/>).</summary>
    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The blob name in the drafts container.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of the draft's bytes. Trusted as "already checked" only when <see cref="Status"/> is Checked.</summary>
    public string? ContentHash { get; set; }

    /// <summary>The content hash of the last Checked version: the extracted text and the flags belong to it.</summary>
    public string? TextHash { get; set; }

    /// <summary>
    /// The ETag (without quotes) of the draft blob version this row's status describes. Versions have no order, so
    /// this is what a check compares the blob with: a row whose blob has another ETag is older than the blob (the
    /// sweep checks it again), and a check whose blob has moved on commits nothing.
    /// </summary>
    public string? DraftETag { get; set; }

    /// <summary>An <see cref="ArticleStatus"/> name.</summary>
    public string Status { get; set; } = nameof(ArticleStatus.Checked);

    /// <summary>Why the draft was rejected (one line), or null.</summary>
    public string? Reason { get; set; }

    /// <summary>The last transient error, while <see cref="Status"/> is Failed.</summary>
    public string? LastError { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Infos { get; set; }

    public DateTimeOffset? CheckedAt { get; set; }

    /// <summary>The article's date as the check read it (dateline, metadata, or the day of the check); dates reviewers' archive decisions.</summary>
    public DateTimeOffset? ArticleDate { get; set; }

    public string? Recognizer { get; set; }

    public int BilledTextRecords { get; set; }

    public string? Format { get; set; }

    public int TextLength { get; set; }

    public ArticleStatus ParsedStatus => Enum.TryParse<ArticleStatus>(Status, out var status) ? status : ArticleStatus.Failed;
}
