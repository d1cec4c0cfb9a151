using FactCheck.Service.Storage;

namespace FactCheck.Service.Processing;

/// <summary>What one run of the <see cref="DraftProcessor"/> did.</summary>
/// <param name="ArticleId">The article id (<see cref="ArticleKey"/> of the blob name).</param>
/// <param name="Status">The status written to the Articles row.</param>
/// <param name="Unchanged">True when the content was already checked and nothing was done.</param>
/// <param name="Reason">The rejection reason, when rejected.</param>
/// <param name="FlagCount">Flags in the latest check.</param>
public sealed record DraftOutcome(string ArticleId, ArticleStatus Status, bool Unchanged, string? Reason, int FlagCount);
