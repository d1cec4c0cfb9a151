using Azure;
using Azure.Data.Tables;

namespace FactCheck.Service.Storage;

/// <summary>
/// One row of the <c>Flags</c> table: PartitionKey = article id, RowKey = flag id (the report's fingerprint, stable
/// across edits). Holds the flag as last reported and the reviewer's decision.
/// </summary>
public sealed class FlagEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Rule { get; set; } = string.Empty;

    /// <summary>"info", "warning" or "error".</summary>
    public string Severity { get; set; } = "warning";

    public string Message { get; set; } = string.Empty;

    public int Offset { get; set; }

    public int Length { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }

    /// <summary>The flagged text.</summary>
    public string Text { get; set; } = string.Empty;

    public string? Suggestion { get; set; }

    /// <summary>The related locations as a JSON array of <c>{offset,length,line,column,text}</c>.</summary>
    public string? Related { get; set; }

    /// <summary>An archive flag's evidence (<c>ArchiveEvidence</c>) as JSON; null for every other flag.</summary>
    public string? Archive { get; set; }

    /// <summary>A <see cref="FlagStatus"/> name: the reviewer's decision, or Resolved while the flag is absent.</summary>
    public string Status { get; set; } = nameof(FlagStatus.Open);

    /// <summary>
    /// The reviewer's decision (Open, Accepted, Dismissed), kept while the flag is Resolved so a dismissal survives a
    /// flag that vanishes in one edit and comes back in the next.
    /// </summary>
    public string ReviewStatus { get; set; } = nameof(FlagStatus.Open);

    public string? Reviewer { get; set; }

    public string? Note { get; set; }

    /// <summary>Why the reviewer decided so: <c>correct</c> on a dismissed archive flag (the draft is right), or null.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Hash of the draft content this flag was last reported for.</summary>
    public string? ContentHash { get; set; }

    public FlagStatus ParsedStatus => Enum.TryParse<FlagStatus>(Status, out var status) ? status : FlagStatus.Open;
}
