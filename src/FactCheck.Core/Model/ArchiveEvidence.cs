namespace FactCheck.Core.Model;

/// <summary>An archived article behind a record.</summary>
public sealed record ArticleRef(string Id, DateOnly Date)
{
    public string? Title { get; init; }
}

public enum ArchiveClaimKind
{
    /// <summary><see cref="ArchiveClaim.Value"/> is a display spelling of the person.</summary>
    Spelling,

    /// <summary><see cref="ArchiveClaim.Value"/> is an office key ("foreign minister|turkish") the person holds.</summary>
    Office,

    /// <summary><see cref="ArchiveClaim.Value"/> is an affiliation key ("democratic", "apple") the person has.</summary>
    Affiliation,
}

/// <summary>A statement about a person the archive can hold as established: "nancy pelosi" is written "Nancy Pelosi".</summary>
public sealed record ArchiveClaim(ArchiveClaimKind Kind, string PersonKey, string Value);

/// <summary>
/// What an archive flag rests on: the draft's claim, the archive's established claim it contradicts, and the archived
/// articles behind the archive's claim (newest first). A reviewer's dismissal as correct establishes
/// <see cref="DraftClaim"/>; an acceptance confirms <see cref="ArchiveSide"/>.
/// </summary>
public sealed record ArchiveEvidence(ArchiveClaim DraftClaim, ArchiveClaim ArchiveSide, IReadOnlyList<ArticleRef> Articles)
{
    /// <summary>One line for people: "the archive has Nancy Pelosi, 12 articles, 2023-01-03 to 2024-06-20".</summary>
    public string Summary { get; init; } = "";
}
