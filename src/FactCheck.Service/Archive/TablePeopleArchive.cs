using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using FactCheck.Service.Storage;

namespace FactCheck.Service.Archive;

/// <summary>
/// The newsroom archive in one Table Storage table (<c>People</c>). Partitions:
/// <c>n:&lt;name word&gt;</c> one row per person found under the word, <c>o:&lt;office&gt;</c> one row per person seen
/// in the office, <c>p:&lt;person&gt;</c> the person's aggregate row (<c>agg</c>: spellings and offices with counts,
/// dates and recent articles, and decisions) beside one row per article that names them (<c>a:&lt;article&gt;</c>),
/// and <c>a:&lt;article&gt;</c> the article's recorded observation. A draft's lookup is one point read of its own
/// article row, one partition query per name word and office (one page: at most <see cref="MarkersRead"/> rows), and
/// one point read per person found; no scan. A name marker carries the person's article count and an office marker
/// the holding's last date, so a name returns its <see cref="ArchiveRecords.MaxPeoplePerName"/> most written-about
/// people and an office its <see cref="ArchiveRecords.MaxHoldersPerOffice"/> most recent holders.
/// Keys are escaped with <see cref="ArticleKey.Encode"/>, so no name can carry a character Table Storage forbids.
/// </summary>
public sealed class TablePeopleArchive : IPeopleArchive, IDisposable
{
    private const string AggregateRow = "agg";
    private const string ObservationRow = "obs";
    private const int MaxConcurrentRequests = 8;

    /// <summary>The most marker rows a lookup reads under one name or office: one page, one transaction.</summary>
    public const int MarkersRead = 1000;

    private readonly TableClient _table;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _created;

    public TablePeopleArchive(TableClient table)
    {
        _table = table;
    }

    public TableClient Table => _table;

    public void Dispose() => _createLock.Dispose();

    public async Task<ArchiveLookup> LookupAsync(ArchiveQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return ArchiveLookup.Empty;
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var excludedTask = query.ExcludeArticleId is { } excludedId ? ReadObservationAsync(excludedId, cancellationToken) : Task.FromResult<StoredObservation?>(null);
        var byName = await PeopleUnderAsync(query.NameKeys.Distinct(StringComparer.Ordinal).Select(NamePartition), "Articles", ArchiveRecords.MaxPeoplePerName, cancellationToken).ConfigureAwait(false);
        byName.UnionWith(query.PersonKeys);
        var officeKeys = query.OfficeKeys.ToHashSet(StringComparer.Ordinal);
        var byOffice = await PeopleUnderAsync(officeKeys.Select(OfficePartition), "LastSeen", ArchiveRecords.MaxHoldersPerOffice, cancellationToken).ConfigureAwait(false);
        var people = await ReadAggregatesAsync(byName.Union(byOffice), cancellationToken).ConfigureAwait(false);
        var excluded = await excludedTask.ConfigureAwait(false);

        var spellings = new List<SpellingRecord>();
        var offices = new List<OfficeRecord>();
        var affiliations = new List<AffiliationRecord>();
        var decisions = new List<ArchiveDecision>();
        foreach (var (personKey, stored) in people.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var aggregate = excluded?.People.FirstOrDefault(p => p.PersonKey == personKey) is { } contribution
                ? stored.Without(excluded.Id, contribution)
                : stored;
            if (byName.Contains(personKey))
            {
                spellings.AddRange(aggregate.SpellingRecords());
                offices.AddRange(aggregate.OfficeRecords());
                affiliations.AddRange(aggregate.AffiliationRecords());
                decisions.AddRange(aggregate.DecisionRecords());
            }
            else
            {
                offices.AddRange(aggregate.OfficeRecords().Where(o => officeKeys.Contains(o.OfficeKey)));
                decisions.AddRange(aggregate.DecisionRecords().Where(d => d.Claim.Kind == ArchiveClaimKind.Office && officeKeys.Contains(d.Claim.Value)));
            }
        }

        return new ArchiveLookup(spellings, offices, decisions) { Affiliations = affiliations };
    }

    /// <summary>
    /// Replace semantics that survive a crash at any point: the article row is written first with the new observation
    /// and <c>pending</c>; then each person's partition gets one transaction that sets the person's article row and
    /// moves the aggregate by the difference between that row's old and new content (ETag-guarded, retried on a race);
    /// then the article row is marked done. A retried record finds the person rows already moved and applies nothing
    /// twice, so it converges. The article row names every person it ever touched, so a retry also reaches the people
    /// a new observation dropped.
    /// </summary>
    public async Task RecordAsync(ArchivedArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(article.Id);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var observation = StoredObservation.Of(article);
        var previous = await ReadObservationAsync(article.Id, cancellationToken).ConfigureAwait(false);
        var touched = observation.People.Select(p => p.PersonKey)
            .Union(previous?.People.Select(p => p.PersonKey) ?? [])
            .Union(previous?.Touched ?? [])
            .Distinct(StringComparer.Ordinal).ToList();

        await WriteObservationAsync(observation with { Touched = touched }, pending: true, cancellationToken).ConfigureAwait(false);
        await ForEachAsync(touched, personKey => MovePersonAsync(personKey, article.Id, observation.People.FirstOrDefault(p => p.PersonKey == personKey), cancellationToken)).ConfigureAwait(false);
        await WriteObservationAsync(observation with { Touched = observation.People.Select(p => p.PersonKey).ToList() }, pending: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordDecisionAsync(ArchiveDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var claim = decision.Claim;
        var nameKeys = claim.PersonKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var markers = nameKeys.Select(k => (NamePartition(k), (string?)null, (object?)null))
            .Concat(claim.Kind == ArchiveClaimKind.Office ? [(OfficePartition(claim.Value), null, null)] : []);
        await WriteMarkersAsync(claim.PersonKey, markers, cancellationToken).ConfigureAwait(false);
        await UpdateAggregateAsync(claim.PersonKey, aggregate =>
        {
            aggregate.NameKeys = aggregate.NameKeys.Union(nameKeys).ToList();
            aggregate.Decisions.RemoveAll(d => d.Kind == claim.Kind && d.Value == claim.Value);
            aggregate.Decisions.Add(new StoredDecision(claim.Kind, claim.Value, decision.Verdict, decision.Date, decision.ArticleId));
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_created)
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_created)
            {
                await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _created = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }

    internal static string NamePartition(string nameKey) => "n:" + ArticleKey.Encode(nameKey);

    internal static string OfficePartition(string officeKey) => "o:" + ArticleKey.Encode(officeKey);

    internal static string PersonPartition(string personKey) => "p:" + ArticleKey.Encode(personKey);

    internal static string ArticleRow(string articleId) => "a:" + ArticleKey.Encode(articleId);

    /// <summary>
    /// The people under each partition: one page of markers, the <paramref name="cap"/> highest by
    /// <paramref name="rank"/> (article count or last date; a marker written before ranks were kept ranks last).
    /// </summary>
    private async Task<HashSet<string>> PeopleUnderAsync(IEnumerable<string> partitions, string rank, int cap, CancellationToken cancellationToken)
    {
        var found = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await ForEachAsync(partitions, async partition =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            var rows = new List<(string Person, string Rank)>();
            await foreach (var page in _table.QueryAsync<TableEntity>(filter, maxPerPage: MarkersRead, select: ["PersonKey", rank], cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
            {
                rows.AddRange(page.Values.Select(r => (r.GetString("PersonKey"), r.TryGetValue(rank, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "")));
                break;
            }

            // Ranks are compared as text: counts are written zero-padded, dates as yyyy-MM-dd.
            foreach (var (person, _) in rows.OrderByDescending(r => r.Rank, StringComparer.Ordinal).ThenBy(r => r.Person, StringComparer.Ordinal).Take(cap))
            {
                found.TryAdd(person, true);
            }
        }).ConfigureAwait(false);
        return found.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, PersonAggregate>> ReadAggregatesAsync(IEnumerable<string> personKeys, CancellationToken cancellationToken)
    {
        var found = new ConcurrentDictionary<string, PersonAggregate>(StringComparer.Ordinal);
        await ForEachAsync(personKeys, async personKey =>
        {
            var (aggregate, _) = await ReadAggregateAsync(personKey, cancellationToken).ConfigureAwait(false);
            if (aggregate is not null)
            {
                found[personKey] = aggregate;
            }
        }).ConfigureAwait(false);
        return new Dictionary<string, PersonAggregate>(found, StringComparer.Ordinal);
    }

    private async Task<(PersonAggregate? Aggregate, ETag ETag)> ReadAggregateAsync(string personKey, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(PersonPartition(personKey), AggregateRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } row)
        {
            return (null, default);
        }

        return (PeopleRowJson.Read<PersonAggregate>(row.GetString("Json")), row.ETag);
    }

    private async Task<StoredObservation?> ReadObservationAsync(string articleId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(ArticleRow(articleId), ObservationRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } row ? PeopleRowJson.Read<StoredObservation>(row.GetString("Json")) : null;
    }

    private Task<Response> WriteObservationAsync(StoredObservation observation, bool pending, CancellationToken cancellationToken)
    {
        var row = new TableEntity(ArticleRow(observation.Id), ObservationRow)
        {
            ["Id"] = observation.Id,
            ["State"] = pending ? "pending" : "done",
            ["Json"] = PeopleRowJson.Write(observation),
        };
        return _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// One marker row per partition a person is found under, with its rank (<c>Articles</c> or <c>LastSeen</c>) when
    /// given; merged, so a marker written without a rank (a reviewer's decision) keeps the one it had.
    /// </summary>
    private Task WriteMarkersAsync(string personKey, IEnumerable<(string Partition, string? Rank, object? Value)> markers, CancellationToken cancellationToken)
    {
        var rowKey = ArticleKey.Encode(personKey);
        return ForEachAsync(markers.DistinctBy(m => m.Partition, StringComparer.Ordinal), marker =>
        {
            var row = new TableEntity(marker.Partition, rowKey) { ["PersonKey"] = personKey };
            if (marker.Rank is not null)
            {
                row[marker.Rank] = marker.Value;
            }

            return _table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
        });
    }

    /// <summary>
    /// The markers of a person after a move, written before the move commits so the person is always found under
    /// every word and office the aggregate holds; a dropped person's name markers get the lower count.
    /// </summary>
    private Task WriteMarkersAsync(PersonAggregate aggregate, StoredContribution? next, CancellationToken cancellationToken)
    {
        var articles = aggregate.Spellings.Values.Sum(t => t.Count).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var names = (next?.NameKeys ?? aggregate.NameKeys).Select(k => (NamePartition(k), (string?)"Articles", (object?)articles));
        var offices = (next?.Offices ?? []).Select(o => (OfficePartition(o.Key), (string?)"LastSeen",
            (object?)(aggregate.Offices.TryGetValue(o.Key, out var tally) && tally.Count > 0 ? tally.LastSeen.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")));
        return WriteMarkersAsync(aggregate.PersonKey, names.Concat(offices), cancellationToken);
    }

    /// <summary>Sets what <paramref name="articleId"/> says of one person and moves the aggregate by the change, in one transaction.</summary>
    private async Task MovePersonAsync(string personKey, string articleId, StoredContribution? next, CancellationToken cancellationToken)
    {
        var partition = PersonPartition(personKey);
        var rowKey = ArticleRow(articleId);
        while (true)
        {
            var (aggregate, etag) = await ReadAggregateAsync(personKey, cancellationToken).ConfigureAwait(false);
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            var current = existing.HasValue && existing.Value is { } row ? PeopleRowJson.Read<StoredContribution>(row.GetString("Json")) : null;
            if (current == next || (current is not null && next is not null && current.SameAs(next)))
            {
                return;
            }

            var fresh = aggregate is null;
            aggregate ??= new PersonAggregate { PersonKey = personKey };
            var exact = true;
            if (current is not null)
            {
                exact = aggregate.Subtract(current);
            }

            if (next is not null)
            {
                aggregate.AddContribution(next);
            }

            if (!exact)
            {
                await RebuildAsync(aggregate, partition, rowKey, next, cancellationToken).ConfigureAwait(false);
            }

            await WriteMarkersAsync(aggregate, next, cancellationToken).ConfigureAwait(false);

            var actions = new List<TableTransactionAction>();
            var aggregateRow = new TableEntity(partition, AggregateRow) { ["Json"] = PeopleRowJson.Write(aggregate) };
            actions.Add(fresh
                ? new TableTransactionAction(TableTransactionActionType.Add, aggregateRow)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, aggregateRow, etag));
            actions.Add(next is null
                ? new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, rowKey), ETag.All)
                : new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, rowKey) { ["Json"] = PeopleRowJson.Write(next) }));
            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
            {
                // Another record moved this person first: read again and apply the change to what it left.
            }
        }
    }

    /// <summary>
    /// Rebuilds the tallies of a person from their article rows, when removing an article emptied the kept lists of
    /// recent or earliest articles (an old article leaving a long record): rare, and bounded by that person's articles.
    /// </summary>
    private async Task RebuildAsync(PersonAggregate aggregate, string partition, string changedRow, StoredContribution? next, CancellationToken cancellationToken)
    {
        aggregate.Spellings.Clear();
        aggregate.Offices.Clear();
        aggregate.Affiliations.Clear();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"a:"} and RowKey lt {"a;"}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey != changedRow && PeopleRowJson.Read<StoredContribution>(row.GetString("Json")) is { } contribution)
            {
                aggregate.AddContribution(contribution);
            }
        }

        if (next is not null)
        {
            aggregate.AddContribution(next);
        }
    }

    private async Task UpdateAggregateAsync(string personKey, Func<PersonAggregate, bool> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (aggregate, etag) = await ReadAggregateAsync(personKey, cancellationToken).ConfigureAwait(false);
            var fresh = aggregate is null;
            aggregate ??= new PersonAggregate { PersonKey = personKey };
            if (!change(aggregate))
            {
                return;
            }

            var row = new TableEntity(PersonPartition(personKey), AggregateRow) { ["Json"] = PeopleRowJson.Write(aggregate) };
            try
            {
                if (fresh)
                {
                    await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(row, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
            }
        }
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentRequests }, async (item, _) => await action(item).ConfigureAwait(false));
}

/// <summary>What one article recorded, as its <c>a:</c> row keeps it.</summary>
internal sealed record StoredObservation(string Id, DateOnly Date, string? Title, List<StoredContribution> People)
{
    /// <summary>Every person whose partition this article may have changed (a superset while pending).</summary>
    public List<string> Touched { get; init; } = [];

    public static StoredObservation Of(ArchivedArticle article)
    {
        var people = article.People
            .GroupBy(p => p.PersonKey, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => new StoredContribution(
                g.Key,
                g.First().Display,
                g.SelectMany(p => p.NameKeys).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
                g.SelectMany(p => p.Offices).GroupBy(o => o.Key, StringComparer.Ordinal).Select(o => new StoredOffice(o.Key, o.First().Display)).ToList(),
                article.Id,
                article.Date,
                article.Title)
            {
                Affiliations = g.SelectMany(p => p.Affiliations).GroupBy(a => a.Key, StringComparer.Ordinal).Select(a => new StoredAffiliation(a.Key, a.First().Display)).ToList(),
            })
            .ToList();
        return new StoredObservation(article.Id, article.Date, article.Title, people);
    }
}

internal sealed record StoredOffice(string Key, string Display);

internal sealed record StoredAffiliation(string Key, string Display);

/// <summary>What one article says of one person: the row <c>a:&lt;article&gt;</c> in the person's partition.</summary>
internal sealed record StoredContribution(string PersonKey, string Display, List<string> NameKeys, List<StoredOffice> Offices, string ArticleId, DateOnly Date, string? Title)
{
    /// <summary>Empty in rows written before affiliations were recorded.</summary>
    public List<StoredAffiliation> Affiliations { get; init; } = [];

    public bool SameAs(StoredContribution other) =>
        PersonKey == other.PersonKey && Display == other.Display && ArticleId == other.ArticleId && Date == other.Date && Title == other.Title &&
        NameKeys.SequenceEqual(other.NameKeys) && Offices.SequenceEqual(other.Offices) && Affiliations.SequenceEqual(other.Affiliations);
}

internal static class PersonAggregateChanges
{
    public static void AddContribution(this PersonAggregate aggregate, StoredContribution contribution)
    {
        aggregate.NameKeys = aggregate.NameKeys.Union(contribution.NameKeys).ToList();
        Tally(aggregate.Spellings, contribution.Display).Add(new StoredRef(contribution.ArticleId, contribution.Date, contribution.Title, contribution.Display, contribution.Display));
        foreach (var office in contribution.Offices)
        {
            Tally(aggregate.Offices, office.Key).Add(new StoredRef(contribution.ArticleId, contribution.Date, contribution.Title, office.Display, contribution.Display));
        }

        foreach (var affiliation in contribution.Affiliations)
        {
            Tally(aggregate.Affiliations, affiliation.Key).Add(new StoredRef(contribution.ArticleId, contribution.Date, contribution.Title, affiliation.Display, contribution.Display));
        }
    }

    /// <summary>False when a tally can no longer be exact from its kept lists and must be rebuilt.</summary>
    public static bool Subtract(this PersonAggregate aggregate, StoredContribution contribution)
    {
        var exact = Remove(aggregate.Spellings, contribution.Display, contribution.ArticleId);
        foreach (var office in contribution.Offices)
        {
            exact &= Remove(aggregate.Offices, office.Key, contribution.ArticleId);
        }

        foreach (var affiliation in contribution.Affiliations)
        {
            exact &= Remove(aggregate.Affiliations, affiliation.Key, contribution.ArticleId);
        }

        return exact;
    }

    public static PersonAggregate Without(this PersonAggregate aggregate, string articleId, StoredContribution contribution)
    {
        var copy = new PersonAggregate
        {
            PersonKey = aggregate.PersonKey,
            NameKeys = aggregate.NameKeys,
            Spellings = aggregate.Spellings.ToDictionary(p => p.Key, p => p.Value.Copy(), StringComparer.Ordinal),
            Offices = aggregate.Offices.ToDictionary(p => p.Key, p => p.Value.Copy(), StringComparer.Ordinal),
            Affiliations = aggregate.Affiliations.ToDictionary(p => p.Key, p => p.Value.Copy(), StringComparer.Ordinal),
            Decisions = aggregate.Decisions,
        };
        copy.Subtract(contribution with { ArticleId = articleId });
        return copy;
    }

    private static Tally Tally(Dictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies[key] = tally;
        }

        return tally;
    }

    private static bool Remove(Dictionary<string, Tally> tallies, string key, string articleId)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            return true;
        }

        var exact = tally.Remove(articleId);
        if (tally.Count <= 0)
        {
            tallies.Remove(key);
        }

        return exact;
    }
}
