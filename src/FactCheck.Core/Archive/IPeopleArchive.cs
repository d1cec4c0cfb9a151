using FactCheck.Core.Model;

namespace FactCheck.Core.Archive;

/// <summary>
/// The newsroom's memory of people: how it spells them and which offices it gives them, fed by every checked or
/// imported article. Two stores implement it (SQLite for the CLI, Table Storage for the hosts) and pass the same
/// contract tests (<c>PeopleArchiveContract</c> in FactCheck.Testing).
/// </summary>
public interface IPeopleArchive
{
    /// <summary>One batched lookup per draft: its cost grows with the query's keys, never with the archive's size.</summary>
    Task<ArchiveLookup> LookupAsync(ArchiveQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an article, replacing any earlier contribution under the same id; all or nothing (a failure leaves
    /// the archive as it was).
    /// </summary>
    Task RecordAsync(ArchivedArticle article, CancellationToken cancellationToken = default);

    /// <summary>Records a reviewer's decision; a later decision on the same claim replaces an earlier one.</summary>
    Task RecordDecisionAsync(ArchiveDecision decision, CancellationToken cancellationToken = default);
}
