using FactCheck.Core.Archive;
using FactCheck.Core.Model;

namespace FactCheck.Testing.Archive;

/// <summary>
/// What every <see cref="IPeopleArchive"/> store must do, run over each store (SQLite in FactCheck.Cli.Tests,
/// Table Storage on Azurite in FactCheck.Service.Tests). Each test gets a fresh, empty archive.
/// </summary>
public abstract class PeopleArchiveContract
{
    protected abstract Task<IPeopleArchive> CreateAsync();

    private static readonly DateOnly January = new(2024, 1, 10);
    private static readonly DateOnly March = new(2024, 3, 5);
    private static readonly DateOnly June = new(2024, 6, 20);

    protected static ArchivedPerson Person(string display, params (string Office, string? Nationality)[] offices)
    {
        var words = display.Split(' ');
        var keys = words.Select(w => w.ToLowerInvariant().Replace("ğ", "g", StringComparison.Ordinal).Replace("ç", "c", StringComparison.Ordinal).Replace("ş", "s", StringComparison.Ordinal)).ToArray();
        return new ArchivedPerson(string.Join(' ', keys), display, keys)
        {
            Offices = offices.Select(o => new ArchivedOffice(o.Office, o.Nationality, $"{o.Nationality} {o.Office}".Trim())).ToArray(),
        };
    }

    protected static ArchiveQuery Names(params string[] keys) => new(keys, []);

    [Fact]
    public async Task An_empty_archive_answers_an_empty_lookup()
    {
        var archive = await CreateAsync();

        var lookup = await archive.LookupAsync(new ArchiveQuery(["pelosi"], [OfficeKey.Of("foreign minister", "turkish")]));

        Assert.Empty(lookup.Spellings);
        Assert.Empty(lookup.Offices);
        Assert.Empty(lookup.Decisions);
    }

    [Fact]
    public async Task A_person_is_found_under_each_of_their_name_keys_with_counts_and_dates()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi")]));
        await archive.RecordAsync(new ArchivedArticle("a2", June, [Person("Nancy Pelosi")]) { Title = "Budget vote" });

        foreach (var key in new[] { "nancy", "pelosi" })
        {
            var record = Assert.Single((await archive.LookupAsync(Names(key))).Spellings);
            Assert.Equal("nancy pelosi", record.PersonKey);
            Assert.Equal("Nancy Pelosi", record.Display);
            Assert.Equal(2, record.ArticleCount);
            Assert.Equal(January, record.FirstSeen);
            Assert.Equal(June, record.LastSeen);
            Assert.Equal(["a2", "a1"], record.Articles.Select(a => a.Id));
            Assert.Equal("Budget vote", record.Articles[0].Title);
            Assert.Equal(["nancy", "pelosi"], record.NameKeys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_lookup_returns_only_people_under_the_queried_keys()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi"), Person("Mevlut Cavusoglu")]));

        var lookup = await archive.LookupAsync(Names("cavusoglu", "nobody"));

        Assert.Equal(["mevlut cavusoglu"], lookup.Spellings.Select(s => s.PersonKey));
    }

    [Fact]
    public async Task Two_displays_of_one_person_are_two_spelling_records()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Recep Erdoğan")]));
        await archive.RecordAsync(new ArchivedArticle("a2", March, [Person("Recep Erdoğan")]));
        await archive.RecordAsync(new ArchivedArticle("a3", June, [Person("Recep Erdogan")]));

        var spellings = (await archive.LookupAsync(Names("erdogan"))).Spellings.OrderBy(s => s.Display, StringComparer.Ordinal).ToArray();

        Assert.Equal(["Recep Erdogan", "Recep Erdoğan"], spellings.Select(s => s.Display));
        Assert.All(spellings, s => Assert.Equal("recep erdogan", s.PersonKey));
        Assert.Equal([1, 2], spellings.Select(s => s.ArticleCount));
    }

    [Fact]
    public async Task Recording_an_article_again_replaces_its_contribution()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelossi")]));
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi")]));
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi")]));

        var lookup = await archive.LookupAsync(Names("nancy"));

        var record = Assert.Single(lookup.Spellings);
        Assert.Equal("Nancy Pelosi", record.Display);
        Assert.Equal(1, record.ArticleCount);
    }

    [Fact]
    public async Task Office_holders_are_found_by_office_key_and_with_the_people_returned()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Ahmet Davutoglu", ("foreign minister", "turkish"))]));
        await archive.RecordAsync(new ArchivedArticle("a2", March, [Person("Mevlut Cavusoglu", ("foreign minister", "turkish"))]));
        await archive.RecordAsync(new ArchivedArticle("a3", June, [Person("Mevlut Cavusoglu", ("foreign minister", "turkish"))]));

        var byOffice = await archive.LookupAsync(new ArchiveQuery([], [OfficeKey.Of("foreign minister", "turkish")]));
        var holders = byOffice.Offices.OrderBy(o => o.FirstSeen).ToArray();
        Assert.Equal(["ahmet davutoglu", "mevlut cavusoglu"], holders.Select(h => h.PersonKey));
        Assert.Equal([1, 2], holders.Select(h => h.ArticleCount));
        Assert.Equal((March, June), (holders[1].FirstSeen, holders[1].LastSeen));
        Assert.Equal("Mevlut Cavusoglu", holders[1].PersonDisplay);
        Assert.Equal("turkish foreign minister", holders[1].OfficeDisplay, ignoreCase: true);
        Assert.Equal(["a3", "a2"], holders[1].Articles.Select(a => a.Id));

        var byName = await archive.LookupAsync(Names("davutoglu"));
        Assert.Equal(["ahmet davutoglu"], byName.Offices.Select(o => o.PersonKey));
    }

    [Fact]
    public async Task The_excluded_article_counts_for_nothing()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi", ("house speaker", null))]));
        await archive.RecordAsync(new ArchivedArticle("draft", June, [Person("Nancy Pelosi", ("house speaker", null)), Person("Nancy Pelossi")]));

        var lookup = await archive.LookupAsync(new ArchiveQuery(["nancy"], [OfficeKey.Of("house speaker", null)]) { ExcludeArticleId = "draft" });

        var record = Assert.Single(lookup.Spellings);
        Assert.Equal(("Nancy Pelosi", 1, January), (record.Display, record.ArticleCount, record.LastSeen));
        Assert.Equal(["a1"], record.Articles.Select(a => a.Id));
        var office = Assert.Single(lookup.Offices);
        Assert.Equal((1, January), (office.ArticleCount, office.LastSeen));
    }

    protected static ArchivedPerson Affiliated(string display, params (string Key, string Display)[] affiliations) =>
        Person(display) with { Affiliations = affiliations.Select(a => new ArchivedAffiliation(a.Key, a.Display)).ToArray() };

    [Fact]
    public async Task Affiliations_come_back_with_the_person_with_counts_dates_and_the_latest_display()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat"))]) { Title = "First" });
        await archive.RecordAsync(new ArchivedArticle("a2", June, [Affiliated("Nancy Pelosi", ("democratic", "D-Calif."))]));
        await archive.RecordAsync(new ArchivedArticle("a3", March, [Affiliated("Nancy Pelosi", ("democratic", "Democratic"), ("catholic", "Catholic"))]));
        await archive.RecordAsync(new ArchivedArticle("a4", March, [Affiliated("Mitch McConnell", ("republican", "Republican"))]));

        var lookup = await archive.LookupAsync(Names("pelosi"));

        var records = lookup.Affiliations.OrderByDescending(a => a.ArticleCount).ToArray();
        Assert.Equal(["democratic", "catholic"], records.Select(r => r.AffiliationKey));
        Assert.All(records, r => Assert.Equal(("nancy pelosi", "Nancy Pelosi"), (r.PersonKey, r.PersonDisplay)));
        var democratic = records[0];
        Assert.Equal((3, January, June), (democratic.ArticleCount, democratic.FirstSeen, democratic.LastSeen));
        Assert.Equal("D-Calif.", democratic.Display);
        Assert.Equal(["a2", "a3", "a1"], democratic.Articles.Select(a => a.Id));
        Assert.Equal("First", democratic.Articles[^1].Title);
        Assert.Equal((1, March, March), (records[1].ArticleCount, records[1].FirstSeen, records[1].LastSeen));
    }

    [Fact]
    public async Task Recording_an_article_again_replaces_its_affiliations()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Nancy Pelosi", ("republican", "Republican"))]));
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat"))]));
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat"))]));
        await archive.RecordAsync(new ArchivedArticle("a2", March, [Person("Nancy Pelosi")]));

        var lookup = await archive.LookupAsync(Names("pelosi"));

        var record = Assert.Single(lookup.Affiliations);
        Assert.Equal(("democratic", "Democrat", 1, January), (record.AffiliationKey, record.Display, record.ArticleCount, record.LastSeen));
    }

    [Fact]
    public async Task The_excluded_article_gives_no_affiliation()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat"))]));
        await archive.RecordAsync(new ArchivedArticle("draft", June, [Affiliated("Nancy Pelosi", ("democratic", "Democratic"), ("green", "Green"))]));

        var lookup = await archive.LookupAsync(Names("pelosi") with { ExcludeArticleId = "draft" });

        var record = Assert.Single(lookup.Affiliations);
        Assert.Equal(("democratic", "Democrat", 1, January, January), (record.AffiliationKey, record.Display, record.ArticleCount, record.FirstSeen, record.LastSeen));
        Assert.Equal(["a1"], record.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task An_office_lookup_alone_returns_no_affiliations()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat")) with { Offices = [new ArchivedOffice("house speaker", null, "Speaker")] }]));

        var lookup = await archive.LookupAsync(new ArchiveQuery([], [OfficeKey.Of("house speaker", null)]));

        Assert.Single(lookup.Offices);
        Assert.Empty(lookup.Affiliations);
    }

    [Fact]
    public async Task Evidence_keeps_the_most_recent_articles_only()
    {
        var archive = await CreateAsync();
        for (var i = 1; i <= ArchiveRecords.RecentArticles + 3; i++)
        {
            await archive.RecordAsync(new ArchivedArticle($"a{i}", January.AddDays(i), [Person("Nancy Pelosi")]));
        }

        var record = Assert.Single((await archive.LookupAsync(Names("pelosi"))).Spellings);

        Assert.Equal(ArchiveRecords.RecentArticles + 3, record.ArticleCount);
        Assert.Equal(Enumerable.Range(4, ArchiveRecords.RecentArticles).Reverse().Select(i => $"a{i}"), record.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Decisions_come_back_with_the_person_and_the_latest_replaces_the_earlier()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelossi")]));
        var claim = new ArchiveClaim(ArchiveClaimKind.Spelling, "nancy pelossi", "Nancy Pelossi");
        await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Rejected, January) { ArticleId = "a1" });
        await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, March) { ArticleId = "a1" });

        var decision = Assert.Single((await archive.LookupAsync(Names("pelossi"))).Decisions);

        Assert.Equal((claim, ArchiveVerdict.Established, March, "a1"), (decision.Claim, decision.Verdict, decision.Date, decision.ArticleId));
    }

    [Fact]
    public async Task An_office_decision_comes_back_with_a_lookup_of_the_office()
    {
        var archive = await CreateAsync();
        var claim = new ArchiveClaim(ArchiveClaimKind.Office, "ahmet davutoglu", OfficeKey.Of("foreign minister", "turkish"));
        await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, June));

        var lookup = await archive.LookupAsync(new ArchiveQuery([], [OfficeKey.Of("foreign minister", "turkish")]));

        Assert.Equal(claim, Assert.Single(lookup.Decisions).Claim);
    }

    [Fact]
    public async Task An_affiliation_decision_comes_back_with_the_person_and_the_latest_replaces_the_earlier()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Khalid Mekdad", ("democratic", "Democrat"))]));
        var claim = new ArchiveClaim(ArchiveClaimKind.Affiliation, "khalid mekdad", "democratic");
        await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, January) { ArticleId = "a1" });
        await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Rejected, March) { ArticleId = "a1" });
        await archive.RecordDecisionAsync(new ArchiveDecision(claim with { Kind = ArchiveClaimKind.Spelling, Value = "Khalid Mekdad" }, ArchiveVerdict.Established, March));

        var decisions = (await archive.LookupAsync(Names("mekdad"))).Decisions;

        var decision = Assert.Single(decisions, d => d.Claim.Kind == ArchiveClaimKind.Affiliation);
        Assert.Equal((claim, ArchiveVerdict.Rejected, March, "a1"), (decision.Claim, decision.Verdict, decision.Date, decision.ArticleId));
        Assert.Equal(2, decisions.Count);
    }

    [Fact]
    public async Task A_bare_surname_one_letter_off_finds_the_person_through_the_surname_slip_keys()
    {
        var archive = await CreateAsync();
        var pelosi = new ArchivedPerson("nancy pelosi", "Nancy Pelosi", ArticleObservations.NameKeysOf(["nancy", "pelosi"]));
        await archive.RecordAsync(new ArchivedArticle("a1", January, [pelosi]));
        await archive.RecordAsync(new ArchivedArticle("a2", March, [pelosi, Person("Mevlut Cavusoglu")]));

        var doubled = await archive.LookupAsync(Names([.. SurnameSlipKeys.Of("pelossi")]));
        var swapped = await archive.LookupAsync(Names([.. SurnameSlipKeys.Of("peolsi")]));
        var far = await archive.LookupAsync(Names([.. SurnameSlipKeys.Of("pilossa")]));

        Assert.Equal(("Nancy Pelosi", 2), (Assert.Single(doubled.Spellings).Display, doubled.Spellings[0].ArticleCount));
        Assert.Equal("Nancy Pelosi", Assert.Single(swapped.Spellings).Display);
        Assert.Empty(far.Spellings);
    }

    [Fact]
    public async Task A_decision_on_a_bare_surname_comes_back_with_a_lookup_of_it_as_a_person()
    {
        var archive = await CreateAsync();
        var claim = new ArchiveClaim(ArchiveClaimKind.Spelling, "pelossi", "Pelossi");
        await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, June) { ArticleId = "draft" });

        var lookup = await archive.LookupAsync(new ArchiveQuery([], []) { PersonKeys = ["pelossi"] });

        Assert.Equal(claim, Assert.Single(lookup.Decisions).Claim);
    }

    [Fact]
    public async Task Unicode_displays_and_keys_round_trip()
    {
        var archive = await CreateAsync();
        var person = new ArchivedPerson("françois hollande", "François Hollande", ["françois", "hollande"]);
        await archive.RecordAsync(new ArchivedArticle("é/1", January, [person]) { Title = "Élysée, \"quotes\" & 'apostrophes'" });

        var record = Assert.Single((await archive.LookupAsync(Names("françois"))).Spellings);

        Assert.Equal("François Hollande", record.Display);
        Assert.Equal("é/1", record.Articles[0].Id);
        Assert.Equal("Élysée, \"quotes\" & 'apostrophes'", record.Articles[0].Title);
    }

    [Fact]
    public async Task A_lookup_by_full_name_finds_the_person_without_their_name_words()
    {
        var archive = await CreateAsync();
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi", ("house speaker", null))]));

        var lookup = await archive.LookupAsync(new ArchiveQuery([], []) { PersonKeys = ["nancy pelosi", "nobody here"] });

        Assert.Equal(["Nancy Pelosi"], lookup.Spellings.Select(s => s.Display));
        Assert.Equal(["nancy pelosi"], lookup.Offices.Select(o => o.PersonKey));
    }

    /// <summary>
    /// The stores keep aggregates moved by each record; after any sequence of records and re-records (dates, titles,
    /// spellings and offices changing, people dropped) every lookup must equal the aggregation of the articles as
    /// they now stand, with and without each article excluded.
    /// </summary>
    [Fact]
    public async Task Aggregates_after_records_and_replacements_equal_the_articles_as_they_stand()
    {
        var archive = await CreateAsync();
        var random = new Random(15);
        string[] displays = ["Nancy Pelosi", "Nancy Pelossi", "Recep Erdoğan", "Recep Erdogan", "Ahmet Davutoglu", "Mevlut Cavusoglu"];
        (string, string?)[] offices = [("house speaker", null), ("foreign minister", "turkish")];
        var current = new Dictionary<string, ArchivedArticle>(StringComparer.Ordinal);
        for (var step = 0; step < 40; step++)
        {
            var id = $"a{random.Next(12)}";
            var people = displays.Where(_ => random.Next(3) == 0)
                .Select(d => Person(d, offices.Where(_ => random.Next(4) == 0).ToArray()))
                .DistinctBy(p => p.PersonKey)
                .ToArray();
            var article = new ArchivedArticle(id, January.AddDays(random.Next(200)), people) { Title = $"take {step}" };
            await archive.RecordAsync(article);
            current[id] = article;
        }

        string[] nameKeys = ["nancy", "pelosi", "pelossi", "erdogan", "davutoglu", "cavusoglu"];
        string[] officeKeys = [.. offices.Select(o => OfficeKey.Of(o.Item1, o.Item2))];
        foreach (var excluded in current.Keys.Prepend(null))
        {
            var lookup = await archive.LookupAsync(new ArchiveQuery(nameKeys, officeKeys) { ExcludeArticleId = excluded });
            var standing = current.Values.Where(a => a.Id != excluded).ToArray();
            // One string per lookup, so a failure shows the whole differing line.
            Assert.Equal(string.Join('\n', ExpectedSpellings(standing)), string.Join('\n', lookup.Spellings.Select(Line).Order(StringComparer.Ordinal)));
            Assert.Equal(string.Join('\n', ExpectedOffices(standing)), string.Join('\n', lookup.Offices.Select(Line).Order(StringComparer.Ordinal)));
        }
    }

    private static string Line(SpellingRecord s) =>
        $"{s.PersonKey}|{s.Display}|{s.ArticleCount}|{s.FirstSeen:yyyy-MM-dd}|{s.LastSeen:yyyy-MM-dd}|{string.Join(',', s.Articles.Select(a => $"{a.Id}:{a.Date:MMdd}:{a.Title}"))}";

    private static string Line(OfficeRecord o) =>
        $"{o.OfficeKey}|{o.PersonKey}|{o.PersonDisplay}|{o.OfficeDisplay.ToLowerInvariant()}|{o.ArticleCount}|{o.FirstSeen:yyyy-MM-dd}|{o.LastSeen:yyyy-MM-dd}|{string.Join(',', o.Articles.Select(a => $"{a.Id}:{a.Date:MMdd}:{a.Title}"))}";

    private static IEnumerable<ArchivedArticle> NewestFirst(IEnumerable<ArchivedArticle> articles) =>
        articles.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id, StringComparer.Ordinal);

    private static IEnumerable<string> ExpectedSpellings(IReadOnlyList<ArchivedArticle> articles) =>
        articles.SelectMany(a => a.People.Select(p => (Article: a, Person: p)))
            .GroupBy(x => (x.Person.PersonKey, x.Person.Display))
            .Select(g =>
            {
                var newest = NewestFirst(g.Select(x => x.Article)).ToArray();
                var record = new SpellingRecord(g.Key.PersonKey, g.Key.Display, newest.Length, newest.Min(a => a.Date), newest[0].Date)
                {
                    Articles = newest.Take(ArchiveRecords.RecentArticles).Select(a => new ArticleRef(a.Id, a.Date) { Title = a.Title }).ToArray(),
                };
                return Line(record);
            })
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> ExpectedOffices(IReadOnlyList<ArchivedArticle> articles) =>
        articles.SelectMany(a => a.People.SelectMany(p => p.Offices.Select(o => (Article: a, Person: p, Office: o))))
            .GroupBy(x => (x.Office.Key, x.Person.PersonKey))
            .Select(g =>
            {
                var newest = g.OrderByDescending(x => x.Article.Date).ThenByDescending(x => x.Article.Id, StringComparer.Ordinal).ToArray();
                var record = new OfficeRecord(g.Key.Key, g.Key.PersonKey, newest[0].Person.Display, newest.Length, newest.Min(x => x.Article.Date), newest[0].Article.Date)
                {
                    OfficeDisplay = newest[0].Office.Display,
                    Articles = newest.Take(ArchiveRecords.RecentArticles).Select(x => new ArticleRef(x.Article.Id, x.Article.Date) { Title = x.Article.Title }).ToArray(),
                };
                return Line(record);
            })
            .Order(StringComparer.Ordinal);
}
