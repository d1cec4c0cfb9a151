using FactCheck.Core.Archive;
using FactCheck.Core.Model;

namespace FactCheck.Service.Archive;

/// <summary>One archived article behind a spelling or office, as the <c>People</c> table keeps it.</summary>
internal sealed record StoredRef(string Id, DateOnly Date, string? Title, string Display, string PersonDisplay)
{
    public ArticleRef ToArticleRef() => new(Id, Date) { Title = Title };

    public static int NewestFirst(StoredRef a, StoredRef b)
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(b.Id, a.Id);
    }
}

/// <summary>
/// Counts and dates of one spelling or office of a person. Keeps one more recent article than the evidence shows and
/// the two oldest, so leaving one article out (a draft's own earlier contribution) is still exact without a re-read.
/// </summary>
internal sealed class Tally
{
    public const int RecentKept = ArchiveRecords.RecentArticles + 1;
    public const int EarliestKept = 2;

    public int Count { get; set; }

    public List<StoredRef> Recent { get; set; } = [];

    public List<StoredRef> Earliest { get; set; } = [];

    public void Add(StoredRef article)
    {
        Count++;
        Recent.RemoveAll(r => r.Id == article.Id);
        Earliest.RemoveAll(r => r.Id == article.Id);
        Recent.Add(article);
        Recent.Sort(StoredRef.NewestFirst);
        if (Recent.Count > RecentKept)
        {
            Recent.RemoveRange(RecentKept, Recent.Count - RecentKept);
        }

        Earliest.Add(article);
        Earliest.Sort((a, b) => StoredRef.NewestFirst(b, a));
        if (Earliest.Count > EarliestKept)
        {
            Earliest.RemoveRange(EarliestKept, Earliest.Count - EarliestKept);
        }
    }

    /// <summary>Removes one article; false when the kept lists ran short and the tally must be rebuilt from the article rows.</summary>
    public bool Remove(string articleId)
    {
        Count--;
        Recent.RemoveAll(r => r.Id == articleId);
        Earliest.RemoveAll(r => r.Id == articleId);
        return Count <= 0 || (Recent.Count >= Math.Min(Count, ArchiveRecords.RecentArticles) && Earliest.Count >= 1);
    }

    public Tally Copy() => new() { Count = Count, Recent = [.. Recent], Earliest = [.. Earliest] };

    public DateOnly FirstSeen => Earliest.Count > 0 ? Earliest[0].Date : Recent[^1].Date;

    public DateOnly LastSeen => Recent[0].Date;
}

/// <summary>What the table holds of one person: spellings and offices with their tallies, and the reviewers' decisions.</summary>
internal sealed class PersonAggregate
{
    public string PersonKey { get; set; } = "";

    public List<string> NameKeys { get; set; } = [];

    public Dictionary<string, Tally> Spellings { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, Tally> Offices { get; set; } = new(StringComparer.Ordinal);

    public List<StoredDecision> Decisions { get; set; } = [];

    public IEnumerable<SpellingRecord> SpellingRecords() =>
        Spellings.Where(s => s.Value.Count > 0).Select(s => new SpellingRecord(PersonKey, s.Key, s.Value.Count, s.Value.FirstSeen, s.Value.LastSeen)
        {
            NameKeys = NameKeys,
            Articles = s.Value.Recent.Take(ArchiveRecords.RecentArticles).Select(r => r.ToArticleRef()).ToArray(),
        });

    public IEnumerable<OfficeRecord> OfficeRecords() =>
        Offices.Where(o => o.Value.Count > 0).Select(o => new OfficeRecord(o.Key, PersonKey, o.Value.Recent[0].PersonDisplay, o.Value.Count, o.Value.FirstSeen, o.Value.LastSeen)
        {
            OfficeDisplay = o.Value.Recent[0].Display,
            Articles = o.Value.Recent.Take(ArchiveRecords.RecentArticles).Select(r => r.ToArticleRef()).ToArray(),
        });

    public IEnumerable<ArchiveDecision> DecisionRecords() =>
        Decisions.Select(d => new ArchiveDecision(new ArchiveClaim(d.Kind, PersonKey, d.Value), d.Verdict, d.Date) { ArticleId = d.ArticleId });
}

internal sealed record StoredDecision(ArchiveClaimKind Kind, string Value, ArchiveVerdict Verdict, DateOnly Date, string? ArticleId);
