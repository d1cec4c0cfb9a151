using FactCheck.Cli.Archive;
using FactCheck.Core.Archive;
using Microsoft.Data.Sqlite;

namespace FactCheck.Cli.Tests.Archive;

/// <summary>What the SQLite archive does beyond the shared contract: capped name lookups, atomic aggregate upkeep, the schema upgrade.</summary>
public sealed class SqliteArchiveAggregateTests : IDisposable
{
    private static readonly DateOnly January = new(2024, 1, 10);

    private readonly string _folder = Directory.CreateTempSubdirectory("factcheck-archive-").FullName;

    private string File(string name = "archive.db") => Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ArchivedPerson Person(string display, params string[] offices)
    {
        var keys = display.ToLowerInvariant().Split(' ');
        return new ArchivedPerson(string.Join(' ', keys), display, keys)
        {
            Offices = offices.Select(o => new ArchivedOffice(o, null, o)).ToArray(),
        };
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A lookup as lines, with the name words of each person; the slip keys an upgrade files people under ("nancy p", "~pelosi", …) are left out (their own test reads them).</summary>
    private static async Task<string[]> LinesAsync(IPeopleArchive archive, ArchiveQuery query)
    {
        var lookup = await archive.LookupAsync(query);
        return
        [
            .. lookup.Spellings.Select(s => $"{s.PersonKey}|{s.Display}|{s.ArticleCount}|{s.FirstSeen}|{s.LastSeen}|{string.Join(',', s.Articles.Select(a => a.Id))}|{string.Join(',', s.NameKeys.Where(k => !k.StartsWith('~') && !k.Contains(' ', StringComparison.Ordinal)))}"),
            .. lookup.Offices.Select(o => $"{o.OfficeKey}|{o.PersonKey}|{o.PersonDisplay}|{o.OfficeDisplay}|{o.ArticleCount}|{o.FirstSeen}|{o.LastSeen}|{string.Join(',', o.Articles.Select(a => a.Id))}"),
            .. lookup.Affiliations.Select(a => $"{a.AffiliationKey}|{a.PersonKey}|{a.PersonDisplay}|{a.Display}|{a.ArticleCount}|{a.FirstSeen}|{a.LastSeen}|{string.Join(',', a.Articles.Select(r => r.Id))}"),
            .. lookup.Decisions.Select(d => $"{d.Claim}|{d.Verdict}|{d.Date}"),
        ];
    }

    [Fact]
    public async Task A_name_shared_by_many_people_returns_the_most_written_about_and_full_names_are_never_capped()
    {
        using var archive = SqlitePeopleArchive.Open(File(), create: true);
        var people = ArchiveRecords.MaxPeoplePerName + 10;
        var articles = Enumerable.Range(0, people)
            .SelectMany(i => Enumerable.Range(0, i + 1).Select(n => new ArchivedArticle($"p{i}/{n}", January.AddDays(n), [Person($"Given{i:D2} Smith")])));
        await archive.RecordBatchAsync(articles);

        var bySurname = await archive.LookupAsync(new ArchiveQuery(["smith"], []));
        var rare = await archive.LookupAsync(new ArchiveQuery(["smith"], []) { PersonKeys = ["given00 smith"] });

        var expected = Enumerable.Range(people - ArchiveRecords.MaxPeoplePerName, ArchiveRecords.MaxPeoplePerName).Select(i => $"given{i:D2} smith");
        Assert.Equal(expected, bySurname.Spellings.Select(s => s.PersonKey).Order(StringComparer.Ordinal));
        Assert.Contains(rare.Spellings, s => s.PersonKey == "given00 smith" && s.ArticleCount == 1);
    }

    [Fact]
    public async Task An_office_returns_its_most_recent_holders_up_to_the_cap()
    {
        using var archive = SqlitePeopleArchive.Open(File(), create: true);
        var holders = ArchiveRecords.MaxHoldersPerOffice + 5;
        await archive.RecordBatchAsync(Enumerable.Range(0, holders).Select(i => new ArchivedArticle($"a{i}", January.AddDays(i), [Person($"Holder{i:D2} Jones", "mayor")])));

        var lookup = await archive.LookupAsync(new ArchiveQuery([], [OfficeKey.Of("mayor", null)]));

        Assert.Equal(ArchiveRecords.MaxHoldersPerOffice, lookup.Offices.Count);
        Assert.Equal(January.AddDays(holders - ArchiveRecords.MaxHoldersPerOffice), lookup.Offices.Min(o => o.LastSeen));
    }

    [Fact]
    public async Task A_record_that_fails_half_way_leaves_the_aggregates_as_they_were_and_a_retry_converges()
    {
        var path = File();
        using var archive = SqlitePeopleArchive.Open(path, create: true);
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelossi"), Person("Ahmet Davutoglu", "foreign minister")]));
        await archive.RecordAsync(new ArchivedArticle("a2", January.AddDays(1), [Person("Nancy Pelossi")]));
        var query = new ArchiveQuery(["pelosi", "pelossi", "davutoglu", "cavusoglu"], [OfficeKey.Of("foreign minister", null)]);
        var before = await LinesAsync(archive, query);

        // The replacement dies at its second person's office row, after the first person's rows were written.
        Execute(path, "CREATE TRIGGER crash BEFORE INSERT ON article_offices WHEN NEW.person_key = 'mevlut cavusoglu' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;");
        var replacement = new ArchivedArticle("a1", January.AddDays(5), [Person("Nancy Pelosi"), Person("Mevlut Cavusoglu", "foreign minister")]);
        await Assert.ThrowsAsync<ArchiveFileException>(() => archive.RecordAsync(replacement));
        Assert.Equal(before, await LinesAsync(archive, query));

        Execute(path, "DROP TRIGGER crash;");
        await archive.RecordAsync(replacement);
        await archive.RecordAsync(replacement);

        var lookup = await archive.LookupAsync(query);
        Assert.Equal(["Mevlut Cavusoglu|1", "Nancy Pelosi|1", "Nancy Pelossi|1"], lookup.Spellings.Select(s => $"{s.Display}|{s.ArticleCount}").Order(StringComparer.Ordinal));
        Assert.Equal("mevlut cavusoglu", Assert.Single(lookup.Offices).PersonKey);
    }

    [Fact]
    public async Task A_version_1_archive_is_upgraded_in_place_on_first_open_even_by_a_read_only_command()
    {
        var path = File();
        var query = new ArchiveQuery(["pelosi", "erdogan"], [OfficeKey.Of("house speaker", null)]) { ExcludeArticleId = "a3" };
        string[] expected;
        using (var archive = SqlitePeopleArchive.Open(path, create: true))
        {
            for (var i = 0; i < 9; i++)
            {
                await archive.RecordAsync(new ArchivedArticle($"a{i}", January.AddDays(i % 4 * 10), [Person("Nancy Pelosi", "house speaker"), Person(i % 2 == 0 ? "Recep Erdoğan" : "Recep Erdogan")]) { Title = $"t{i}" });
            }

            await archive.RecordDecisionAsync(new ArchiveDecision(new Core.Model.ArchiveClaim(Core.Model.ArchiveClaimKind.Spelling, "nancy pelosi", "Nancy Pelosi"), ArchiveVerdict.Established, January));
            expected = await LinesAsync(archive, query);
        }

        // What a version 1 file holds: the article rows and decisions, no aggregates.
        Execute(path, """
            DROP INDEX person_names_rank; ALTER TABLE person_names DROP COLUMN articles;
            DROP TABLE people; DROP TABLE spellings; DROP TABLE office_holders; DROP TABLE article_affiliations; DROP TABLE affiliations;
            PRAGMA user_version = 1;
            """);

        using (var upgraded = SqlitePeopleArchive.Open(path, readOnly: true))
        {
            Assert.Equal(expected, await LinesAsync(upgraded, query));
        }

        using var again = SqlitePeopleArchive.Open(path);
        await again.RecordAsync(new ArchivedArticle("a9", January.AddDays(99), [Person("Nancy Pelosi")]));
        Assert.Equal(10, (await again.LookupAsync(new ArchiveQuery([], []) { PersonKeys = ["nancy pelosi"] })).Spellings.Single().ArticleCount);
    }

    [Fact]
    public async Task A_version_2_archive_is_upgraded_in_place_with_the_surname_slip_keys_of_the_people_it_has()
    {
        var path = File();
        using (var archive = SqlitePeopleArchive.Open(path, create: true))
        {
            // Recorded with the name words only, as version 2 filed people.
            await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi")]));
            await archive.RecordAsync(new ArchivedArticle("a2", January.AddDays(5), [Person("Nancy Pelosi")]));
        }

        Execute(path, "DROP TABLE article_affiliations; DROP TABLE affiliations; PRAGMA user_version = 2;");
        var slip = new ArchiveQuery(SurnameSlipKeys.Of("pelossi"), []);

        using (var upgraded = SqlitePeopleArchive.Open(path, readOnly: true))
        {
            var record = Assert.Single((await upgraded.LookupAsync(slip)).Spellings);
            Assert.Equal(("Nancy Pelosi", 2), (record.Display, record.ArticleCount));
        }

        using var again = SqlitePeopleArchive.Open(path);
        await again.RecordAsync(new ArchivedArticle("a3", January.AddDays(9), [Person("Nancy Pelosi")]));
        Assert.Equal(3, Assert.Single((await again.LookupAsync(slip)).Spellings).ArticleCount);
    }

    [Fact]
    public async Task A_version_3_archive_is_upgraded_in_place_and_then_records_affiliations()
    {
        var path = File();
        using (var archive = SqlitePeopleArchive.Open(path, create: true))
        {
            await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi", "house speaker")]));
        }

        Execute(path, "DROP TABLE article_affiliations; DROP TABLE affiliations; PRAGMA user_version = 3;");
        var query = new ArchiveQuery(["pelosi"], []);

        using (var upgraded = SqlitePeopleArchive.Open(path, readOnly: true))
        {
            var lookup = await upgraded.LookupAsync(query);
            Assert.Equal(1, Assert.Single(lookup.Spellings).ArticleCount);
            Assert.Single(lookup.Offices);
            Assert.Empty(lookup.Affiliations);
        }

        using var again = SqlitePeopleArchive.Open(path);
        await again.RecordAsync(new ArchivedArticle("a2", January.AddDays(9), [Person("Nancy Pelosi") with { Affiliations = [new ArchivedAffiliation("democratic", "Democrat")] }]));
        var affiliation = Assert.Single((await again.LookupAsync(query)).Affiliations);
        Assert.Equal(("democratic", 1), (affiliation.AffiliationKey, affiliation.ArticleCount));
        Assert.Equal(2, Assert.Single((await again.LookupAsync(query)).Spellings).ArticleCount);
    }

    [Fact]
    public async Task A_version_4_archive_is_upgraded_in_place_with_affiliation_tallies_filled_from_its_article_rows()
    {
        var path = File();
        var query = new ArchiveQuery(["pelosi", "schumer"], []) { ExcludeArticleId = "a2" };
        string[] expected;
        using (var archive = SqlitePeopleArchive.Open(path, create: true))
        {
            for (var i = 0; i < 8; i++)
            {
                var pelosi = Affiliated("Nancy Pelosi", ("democratic", i % 2 == 0 ? "Democrat" : "D"), ("catholic", "Catholic"));
                var schumer = Affiliated("Chuck Schumer", ("democratic", "Democratic"));
                await archive.RecordAsync(new ArchivedArticle($"a{i}", January.AddDays(i % 3 * 7), i < 5 ? [pelosi, schumer] : [pelosi]) { Title = $"t{i}" });
            }

            expected = await LinesAsync(archive, query);
        }

        Assert.Contains(expected, line => line.StartsWith("democratic|nancy pelosi|", StringComparison.Ordinal));

        // What a version 4 file holds: the per-article affiliation rows and no tally.
        Execute(path, "DROP TABLE affiliations; PRAGMA user_version = 4;");

        using (var upgraded = SqlitePeopleArchive.Open(path, readOnly: true))
        {
            Assert.Equal(expected, await LinesAsync(upgraded, query));
        }

        using var again = SqlitePeopleArchive.Open(path);
        await again.RecordAsync(new ArchivedArticle("a0", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat"))]));
        await again.RecordAsync(new ArchivedArticle("a0", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat"))]));
        var tallies = (await again.LookupAsync(new ArchiveQuery(["pelosi"], []))).Affiliations.ToDictionary(a => a.AffiliationKey, a => a.ArticleCount);
        Assert.Equal(8, tallies["democratic"]);
        Assert.Equal(7, tallies["catholic"]);
    }

    [Fact]
    public async Task An_affiliation_lookup_reads_the_tally_and_not_the_article_rows()
    {
        var path = File();
        using var archive = SqlitePeopleArchive.Open(path, create: true);
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Affiliated("Nancy Pelosi", ("democratic", "Democrat"))]));
        await archive.RecordAsync(new ArchivedArticle("a2", January.AddDays(3), [Affiliated("Nancy Pelosi", ("democratic", "Democratic"))]));

        // Article rows the tally never saw: a lookup that summed the rows would count three.
        Execute(path, "INSERT INTO article_affiliations (article_id, affiliation_key, person_key, person_display, display, date) VALUES ('ghost', 'democratic', 'nancy pelosi', 'Nancy Pelosi', 'Democrat', '2024-02-01');");

        var record = Assert.Single((await archive.LookupAsync(new ArchiveQuery(["pelosi"], []))).Affiliations);
        Assert.Equal(("Democratic", 2, January, January.AddDays(3)), (record.Display, record.ArticleCount, record.FirstSeen, record.LastSeen));
        Assert.Equal(["a2", "a1"], record.Articles.Select(a => a.Id));
    }

    private static ArchivedPerson Affiliated(string display, params (string Key, string Display)[] affiliations) =>
        Person(display) with { Affiliations = affiliations.Select(a => new ArchivedAffiliation(a.Key, a.Display)).ToArray() };

    [Fact]
    public async Task A_read_only_version_1_archive_is_refused_in_one_line()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = File();
        using (var archive = SqlitePeopleArchive.Open(path, create: true))
        {
            await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelosi")]));
        }

        Execute(path, "PRAGMA user_version = 1;");
        System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var error = Assert.Throws<ArchiveFileException>(() => SqlitePeopleArchive.Open(path, readOnly: true, displayPath: "archive.db"));

        Assert.Equal($"archive.db: has archive schema version 1, older than this factcheck's ({SqlitePeopleArchive.SchemaVersion}), and is read-only, so it cannot be upgraded; make it writable once.", error.Message);
    }
}
