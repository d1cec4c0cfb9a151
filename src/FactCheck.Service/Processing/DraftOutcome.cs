using FactCheck.Service.Storage;

namespace FactCheck.Service.Processing;

/// <summary>What one run of the <see cref="DraftProcessor"/> did.</summary>
/// <param name="ArticleId">The article id (<see cref="ArticleKey"/> of the blob name).</param>
/// <param name="Status">The status written to the Articles row; null when nothing was written (<see cref="Skipped"/> says why).</param>
/// <param name="Unchanged">True when the content was already checked and nothing was done.</param>
/// <param name="Reason">The rejection reason, when rejected; why nothing was recorded, when skipped.</param>
/// <param name="FlagCount">Flags in the latest check.</param>
public sealed record DraftOutcome(string ArticleId, ArticleStatus? Status, bool Unchanged, string? Reason, int FlagCount)
{
    /// <summary>Set when this run recorded nothing because its version of the draft is no longer the stored one.</summary>
    public DraftSkip? Skipped { get; init; }
}

/// <summary>Why a check recorded nothing. Neither is a failure: nothing is retried.</summary>
public enum DraftSkip
{
    /// <summary>A later upload replaced the blob while it was checked; that upload's own check records the article.</summary>
    Superseded,

    /// <summary>The blob was deleted before its check could record it.</summary>
    Deleted,
}
