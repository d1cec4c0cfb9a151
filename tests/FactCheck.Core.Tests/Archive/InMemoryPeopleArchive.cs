using FactCheck.Core.Archive;
using FactCheck.Core.Model;

namespace FactCheck.Core.Tests.Archive;

/// <summary>
/// An <see cref="IPeopleArchive"/> in a dictionary, for the archive rules' tests: the core tests cannot reach the
/// SQLite or Table stores (they live in the hosts), and it passes the same contract they do.
/// </summary>
public sealed class InMemoryPeopleArchive : IPeopleArchive
{
    private readonly Dictionary<string, ArchivedArticle> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<ArchiveClaim, ArchiveDecision> _decisions = new();

    public Task<ArchiveLookup> LookupAsync(ArchiveQuery query, CancellationToken cancellationToken = default)
    {
        // As in the stores, the excluded article still makes its people known (their decisions come back), but
        // counts for none of the records.
        var articles = _articles.Values.Where(a => a.Id != query.ExcludeArticleId).ToArray();
        var people = _articles.Values.SelectMany(a => a.People)
            .Where(p => p.NameKeys.Any(query.NameKeys.Contains) || query.PersonKeys.Contains(p.PersonKey))
            .Select(p => p.PersonKey)
            .ToHashSet(StringComparer.Ordinal);

        var spellings = articles
            .SelectMany(a => a.People.Where(p => people.Contains(p.PersonKey)).Select(p => (Article: a, Person: p)))
            .GroupBy(x => (x.Person.PersonKey, x.Person.Display))
            .Select(g =>
            {
                var seen = g.Select(x => x.Article).DistinctBy(a => a.Id).ToArray();
                return new SpellingRecord(g.Key.PersonKey, g.Key.Display, seen.Length, seen.Min(a => a.Date), seen.Max(a => a.Date))
                {
                    NameKeys = g.SelectMany(x => x.Person.NameKeys).Distinct(StringComparer.Ordinal).ToArray(),
                    Articles = Recent(seen),
                };
            })
            .ToArray();

        var offices = articles
            .SelectMany(a => a.People.SelectMany(p => p.Offices.Select(o => (Article: a, Person: p, Office: o))))
            .Where(x => query.OfficeKeys.Contains(x.Office.Key) || people.Contains(x.Person.PersonKey))
            .GroupBy(x => (x.Office.Key, x.Person.PersonKey))
            .Select(g =>
            {
                var seen = g.Select(x => x.Article).DistinctBy(a => a.Id).ToArray();
                var latest = g.OrderByDescending(x => x.Article.Date).First();
                return new OfficeRecord(g.Key.Key, g.Key.PersonKey, latest.Person.Display, seen.Length, seen.Min(a => a.Date), seen.Max(a => a.Date))
                {
                    OfficeDisplay = latest.Office.Display,
                    Articles = Recent(seen),
                };
            })
            .ToArray();

        var affiliations = articles
            .SelectMany(a => a.People.Where(p => people.Contains(p.PersonKey)).SelectMany(p => p.Affiliations.Select(f => (Article: a, Person: p, Affiliation: f))))
            .GroupBy(x => (x.Affiliation.Key, x.Person.PersonKey))
            .Select(g =>
            {
                var seen = g.Select(x => x.Article).DistinctBy(a => a.Id).ToArray();
                var latest = g.OrderByDescending(x => x.Article.Date).ThenByDescending(x => x.Article.Id, StringComparer.Ordinal).First();
                return new AffiliationRecord(g.Key.Key, g.Key.PersonKey, latest.Person.Display, seen.Length, seen.Min(a => a.Date), seen.Max(a => a.Date))
                {
                    Display = latest.Affiliation.Display,
                    Articles = Recent(seen),
                };
            })
            .ToArray();

        var decisions = _decisions.Values
            .Where(d => people.Contains(d.Claim.PersonKey) || query.PersonKeys.Contains(d.Claim.PersonKey) || d.Claim.Kind == ArchiveClaimKind.Office && query.OfficeKeys.Contains(d.Claim.Value))
            .ToArray();
        return Task.FromResult(new ArchiveLookup(spellings, offices, decisions) { Affiliations = affiliations });
    }

    public Task RecordAsync(ArchivedArticle article, CancellationToken cancellationToken = default)
    {
        _articles[article.Id] = article;
        return Task.CompletedTask;
    }

    public Task RecordDecisionAsync(ArchiveDecision decision, CancellationToken cancellationToken = default)
    {
        _decisions[decision.Claim] = decision;
        return Task.CompletedTask;
    }

    private static ArticleRef[] Recent(IEnumerable<ArchivedArticle> articles) =>
        articles.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id, StringComparer.Ordinal)
            .Take(ArchiveRecords.RecentArticles)
            .Select(a => new ArticleRef(a.Id, a.Date) { Title = a.Title })
            .ToArray();
}
