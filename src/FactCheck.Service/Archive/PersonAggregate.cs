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
/// Counts and dates of one spelling or office of a person. Keeps the newest and the oldest articles, always an exact
/// prefix of the person's articles in that order, a few more than the evidence shows, so leaving one article out (a
/// draft's own earlier contribution) is still exact without a re-read.
/// </summary>
internal sealed class Tally
{
    public const int RecentKept = ArchiveRecords.RecentArticles + 3;
    public const int EarliestKept = 3;

    /// <summary>What a lookup leaving one article out needs: the evidence plus one, the first date plus one.</summary>
    private const int RecentNeeded = ArchiveRecords.RecentArticles + 1;
    private const int EarliestNeeded = 2;

    public int Count { get; set; }

    public List<StoredRef> Recent { get; set; } = [];

    public List<StoredRef> Earliest { get; set; } = [];

    public void Add(StoredRef article)
    {
        Recent.RemoveAll(r => r.Id == article.Id);
        Earliest.RemoveAll(r => r.Id == article.Id);
        Keep(Recent, article, Count, RecentKept, StoredRef.NewestFirst);
        Keep(Earliest, article, Count, EarliestKept, (a, b) => StoredRef.NewestFirst(b, a));
        Count++;
    }

    /// <summary>Removes one article; false when the kept lists ran short and the tally must be rebuilt from the article rows.</summary>
    public bool Remove(string articleId)
    {
        Count--;
        Recent.RemoveAll(r => r.Id == articleId);
        Earliest.RemoveAll(r => r.Id == articleId);
        return Count <= 0 || (Recent.Count >= Math.Min(Count, RecentNeeded) && Earliest.Count >= Math.Min(Count, EarliestNeeded));
    }

    /// <summary>
    /// Adds an article to a kept list unless the list is a partial prefix and the article falls past its end: an
    /// article not kept may lie in between, so keeping this one would leave a hole a later removal could show.
    /// </summary>
    private static void Keep(List<StoredRef> kept, StoredRef article, int count, int capacity, Comparison<StoredRef> order)
    {
        var partial = kept.Count < count;
        if (partial && kept.Count > 0 && order(article, kept[^1]) > 0)
        {
            return;
        }

        kept.Add(article);
        kept.Sort(order);
        if (kept.Count > capacity)
        {
            kept.RemoveRange(capacity, kept.Count - capacity);
        }
    }

    public Tally Copy() => new() { Count = Count, Recent = [.. Recent], Earliest = [.. Earliest] };

    public DateOnly FirstSeen => Earliest.Count > 0 ? Earliest[0].Date : Recent[^1].Date;

    public DateOnly LastSeen => Recent[0].Date;
}

/// <summary>What the table holds of one person: spellings, offices and affiliations with their tallies, and the reviewers' decisions.</summary>
internal sealed class PersonAggregate
{
    public string PersonKey { get; set; } = "";

    public List<string> NameKeys { get; set; } = [];

    public Dictionary<string, Tally> Spellings { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, Tally> Offices { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Tallies by affiliation key; absent from rows written before affiliations were recorded.</summary>
    public Dictionary<string, Tally> Affiliations { get; set; } = new(StringComparer.Ordinal);

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

    public IEnumerable<AffiliationRecord> AffiliationRecords() =>
        Affiliations.Where(a => a.Value.Count > 0).Select(a => new AffiliationRecord(a.Key, PersonKey, a.Value.Recent[0].PersonDisplay, a.Value.Count, a.Value.FirstSeen, a.Value.LastSeen)
        {
            Display = a.Value.Recent[0].Display,
            Articles = a.Value.Recent.Take(ArchiveRecords.RecentArticles).Select(r => r.ToArticleRef()).ToArray(),
        });

    public IEnumerable<ArchiveDecision> DecisionRecords() =>
        Decisions.Select(d => new ArchiveDecision(new ArchiveClaim(d.Kind, PersonKey, d.Value), d.Verdict, d.Date) { ArticleId = d.ArticleId });
}

internal sealed record StoredDecision(ArchiveClaimKind Kind, string Value, ArchiveVerdict Verdict, DateOnly Date, string? ArticleId);
