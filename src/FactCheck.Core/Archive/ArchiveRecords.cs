using FactCheck.Core.Model;

namespace FactCheck.Core.Archive;

/// <summary>
/// How often the archive has one person in one display spelling: the number of distinct articles, the first and
/// last dates, and the most recent articles (newest first, at most <see cref="ArchiveRecords.RecentArticles"/>).
/// </summary>
public sealed record SpellingRecord(string PersonKey, string Display, int ArticleCount, DateOnly FirstSeen, DateOnly LastSeen)
{
    public IReadOnlyList<string> NameKeys { get; init; } = [];

    public IReadOnlyList<ArticleRef> Articles { get; init; } = [];
}

/// <summary>One person seen in one office: distinct articles, first and last dates, recent articles (newest first).</summary>
public sealed record OfficeRecord(string OfficeKey, string PersonKey, string PersonDisplay, int ArticleCount, DateOnly FirstSeen, DateOnly LastSeen)
{
    /// <summary>The office as written most recently ("Turkish Foreign Minister").</summary>
    public string OfficeDisplay { get; init; } = "";

    public IReadOnlyList<ArticleRef> Articles { get; init; } = [];
}

/// <summary>One person seen with one affiliation: distinct articles, first and last dates, recent articles (newest first).</summary>
public sealed record AffiliationRecord(string AffiliationKey, string PersonKey, string PersonDisplay, int ArticleCount, DateOnly FirstSeen, DateOnly LastSeen)
{
    /// <summary>The affiliation as written most recently ("Democrat", "D-Calif.").</summary>
    public string Display { get; init; } = "";

    public IReadOnlyList<ArticleRef> Articles { get; init; } = [];
}

public enum ArchiveVerdict
{
    /// <summary>A reviewer said the claim is right: it is established whatever the counts.</summary>
    Established,

    /// <summary>A reviewer said the claim is wrong: it never becomes established from counts.</summary>
    Rejected,
}

/// <summary>A reviewer's decision on a claim, dated (for offices the date is when the holding began).</summary>
public sealed record ArchiveDecision(ArchiveClaim Claim, ArchiveVerdict Verdict, DateOnly Date)
{
    /// <summary>The article whose flag the reviewer decided, when there was one.</summary>
    public string? ArticleId { get; init; }
}

/// <summary>
/// What a draft's lookups ask: the people found under each of <see cref="NameKeys"/> (at most
/// <see cref="ArchiveRecords.MaxPeoplePerName"/> each, the most written-about first), every person of
/// <see cref="PersonKeys"/> whatever the cap, and the holders of each of <see cref="OfficeKeys"/> (at most
/// <see cref="ArchiveRecords.MaxHoldersPerOffice"/> each, the most recently seen first). Results are as if
/// <see cref="ExcludeArticleId"/> (the draft itself, when it was recorded before) were not in the archive.
/// </summary>
public sealed record ArchiveQuery(IReadOnlyCollection<string> NameKeys, IReadOnlyCollection<string> OfficeKeys)
{
    public string? ExcludeArticleId { get; init; }

    /// <summary>Folded full names ("nancy pelosi") looked up exactly, so a capped common surname never hides them.</summary>
    public IReadOnlyCollection<string> PersonKeys { get; init; } = [];

    public bool IsEmpty => NameKeys.Count == 0 && OfficeKeys.Count == 0 && PersonKeys.Count == 0;
}

/// <summary>
/// The records a query returns: every spelling record of every person found under a queried name key, every office
/// record of a queried office key or of a returned person, every affiliation record of a returned person, and every
/// decision on a returned person or a queried office.
/// </summary>
public sealed record ArchiveLookup(IReadOnlyList<SpellingRecord> Spellings, IReadOnlyList<OfficeRecord> Offices, IReadOnlyList<ArchiveDecision> Decisions)
{
    public IReadOnlyList<AffiliationRecord> Affiliations { get; init; } = [];

    public static ArchiveLookup Empty { get; } = new([], [], []);
}

public static class ArchiveRecords
{
    /// <summary>How many recent articles a record carries as evidence.</summary>
    public const int RecentArticles = 5;

    /// <summary>
    /// How many people one name key returns at most, the most written-about first. A surname that is also a common
    /// word or first name ("Rose", "John") is shared by thousands of archived people; the cap keeps its lookup a
    /// bounded index read, and the draft's own full names (<see cref="ArchiveQuery.PersonKeys"/>) are never capped.
    /// </summary>
    public const int MaxPeoplePerName = 25;

    /// <summary>How many holders one office key returns at most, the most recently seen first.</summary>
    public const int MaxHoldersPerOffice = 50;
}
