using System.Globalization;
using System.Text;
using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Cli.Archive;

/// <summary>
/// The CLI's newsroom archive: one SQLite file. It keeps a row per (article, person, spelling), per (article,
/// office, person) and per (article, affiliation, person), the facts a re-import replaces, and beside them per-person
/// aggregates (each spelling's, each office's and each affiliation's article count, first and last dates and a sample
/// of the most recent articles, each person's article count), moved in the same transaction as the facts. A lookup reads only aggregate rows through their keys: the
/// people under a name key (at most <see cref="ArchiveRecords.MaxPeoplePerName"/>, the most written-about first),
/// the draft's own full names, the holders of an office (at most <see cref="ArchiveRecords.MaxHoldersPerOffice"/>),
/// so its cost grows with the draft, never with how often the archive names someone.
/// One connection, used by one caller at a time (the CLI checks its files one after another).
/// </summary>
public sealed class SqlitePeopleArchive : IPeopleArchive, IDisposable
{
    /// <summary>
    /// The schema this code reads and writes, kept in <c>PRAGMA user_version</c>. 1: per-article rows only,
    /// aggregated at query time; 2: per-person aggregates beside them; 3: every person also filed under the
    /// <see cref="SurnameSlipKeys"/> of their surname, so a bare misspelt surname finds them (the tables are those of
    /// version 2); 4: the affiliations given to each person per article, aggregated at query time; 5: a per-person
    /// affiliation tally beside those rows, moved on write like the office holdings, so a lookup reads it by key. An
    /// older file is upgraded in place.
    /// </summary>
    public const int SchemaVersion = 5;

    /// <summary>How long a write waits for another process's lock before it is reported as locked.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// One more recent article than the evidence shows, so leaving the draft's own article out of a record still
    /// leaves <see cref="ArchiveRecords.RecentArticles"/> without reading the article rows.
    /// </summary>
    private const int SampleKept = ArchiveRecords.RecentArticles + 1;

    /// <summary>
    /// Version 3 to 4: one row per article, person and affiliation. A version 3 file recorded none, so the table starts
    /// empty and fills as articles are recorded again. The index reads one person's rows of one affiliation in date
    /// order, what moving that affiliation's tally (version 5) re-reads.
    /// </summary>
    private const string UpgradeTo4 = """
        CREATE TABLE article_affiliations (article_id TEXT NOT NULL, affiliation_key TEXT NOT NULL, person_key TEXT NOT NULL, person_display TEXT NOT NULL, display TEXT NOT NULL, date TEXT NOT NULL, PRIMARY KEY (article_id, affiliation_key, person_key)) WITHOUT ROWID;
        CREATE INDEX article_affiliations_person ON article_affiliations (person_key, affiliation_key, date);
        """;

    /// <summary>
    /// Version 4 to 5: each person's affiliations with their article count, first and last dates and recent sample
    /// ([article id, date, title, person display, affiliation display], as the office holdings keep), filled from the
    /// article rows a version 4 file has. The article rows stay: a re-import subtracts what they say it added.
    /// </summary>
    private static readonly string UpgradeTo5 = $"""
        CREATE TABLE affiliations (person_key TEXT NOT NULL, affiliation_key TEXT NOT NULL, articles INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, recent TEXT NOT NULL, PRIMARY KEY (person_key, affiliation_key)) WITHOUT ROWID;
        INSERT INTO affiliations (person_key, affiliation_key, articles, first, last, recent)
            SELECT person_key, affiliation_key, COUNT(*), MIN(date), MAX(date), '[]' FROM article_affiliations GROUP BY person_key, affiliation_key;
        UPDATE affiliations SET recent = {AffiliationSample("affiliations.person_key", "affiliations.affiliation_key")};
        """;

    private const string SchemaVersion1 = """
        CREATE TABLE articles (id TEXT PRIMARY KEY, date TEXT NOT NULL, title TEXT) WITHOUT ROWID;
        CREATE INDEX articles_date ON articles (date);
        CREATE TABLE article_people (article_id TEXT NOT NULL, person_key TEXT NOT NULL, display TEXT NOT NULL, date TEXT NOT NULL, PRIMARY KEY (article_id, person_key, display)) WITHOUT ROWID;
        CREATE INDEX article_people_person ON article_people (person_key, display, date);
        CREATE TABLE person_names (name_key TEXT NOT NULL, person_key TEXT NOT NULL, PRIMARY KEY (name_key, person_key)) WITHOUT ROWID;
        CREATE INDEX person_names_person ON person_names (person_key);
        CREATE TABLE article_offices (article_id TEXT NOT NULL, office_key TEXT NOT NULL, person_key TEXT NOT NULL, person_display TEXT NOT NULL, office_display TEXT NOT NULL, date TEXT NOT NULL, PRIMARY KEY (article_id, office_key, person_key)) WITHOUT ROWID;
        CREATE INDEX article_offices_office ON article_offices (office_key, person_key, date);
        CREATE INDEX article_offices_person ON article_offices (person_key, office_key, date);
        CREATE TABLE decisions (kind TEXT NOT NULL, person_key TEXT NOT NULL, value TEXT NOT NULL, verdict TEXT NOT NULL, date TEXT NOT NULL, article_id TEXT, PRIMARY KEY (kind, person_key, value)) WITHOUT ROWID;
        CREATE INDEX decisions_person ON decisions (person_key);
        CREATE INDEX decisions_value ON decisions (value);
        """;

    /// <summary>
    /// Version 1 to 2: the aggregate tables, filled from the article rows a version 1 file already has (on a new file
    /// they start empty). <c>recent</c> is a JSON array of [article id, date, title(, person display, office display)].
    /// </summary>
    private static readonly string UpgradeTo2 = $"""
        ALTER TABLE person_names ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX person_names_rank ON person_names (name_key, articles DESC, person_key);
        CREATE TABLE people (person_key TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE spellings (person_key TEXT NOT NULL, display TEXT NOT NULL, articles INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, recent TEXT NOT NULL, PRIMARY KEY (person_key, display)) WITHOUT ROWID;
        CREATE TABLE office_holders (office_key TEXT NOT NULL, person_key TEXT NOT NULL, articles INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, recent TEXT NOT NULL, PRIMARY KEY (office_key, person_key)) WITHOUT ROWID;
        CREATE INDEX office_holders_person ON office_holders (person_key);
        CREATE INDEX office_holders_recent ON office_holders (office_key, last DESC, person_key);
        INSERT INTO people (person_key, articles) SELECT person_key, COUNT(DISTINCT article_id) FROM article_people GROUP BY person_key;
        UPDATE person_names SET articles = COALESCE((SELECT p.articles FROM people p WHERE p.person_key = person_names.person_key), 0);
        INSERT INTO spellings (person_key, display, articles, first, last, recent)
            SELECT person_key, display, COUNT(*), MIN(date), MAX(date), '[]' FROM article_people GROUP BY person_key, display;
        UPDATE spellings SET recent = {SpellingSample("spellings.person_key", "spellings.display")};
        INSERT INTO office_holders (office_key, person_key, articles, first, last, recent)
            SELECT office_key, person_key, COUNT(*), MIN(date), MAX(date), '[]' FROM article_offices GROUP BY office_key, person_key;
        UPDATE office_holders SET recent = {OfficeSample("office_holders.office_key", "office_holders.person_key")};
        """;

    private readonly SqliteConnection _connection;

    private SqlitePeopleArchive(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The archive file as the user named it (in every error message).</summary>
    public string Path { get; }

    /// <summary>
    /// Opens an archive. <paramref name="create"/> makes the file and its schema when missing (import); without it
    /// the file must exist. <paramref name="readOnly"/> opens for lookups only (check). Throws
    /// <see cref="ArchiveFileException"/> for a file that is not a FactCheck archive or cannot be opened.
    /// </summary>
    /// <param name="path">The file, resolved against the working directory.</param>
    /// <param name="create">Make the file and schema when missing.</param>
    /// <param name="readOnly">Open for lookups only.</param>
    /// <param name="busyTimeout">How long to wait for another process's write lock.</param>
    /// <param name="displayPath">The file as the user wrote it, for messages; defaults to <paramref name="path"/>.</param>
    public static SqlitePeopleArchive Open(string path, bool create = false, bool readOnly = false, TimeSpan? busyTimeout = null, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = path;
        path = displayPath ?? path;
        var exists = File.Exists(fullPath);
        if (!exists && !create)
        {
            throw new ArchiveFileException(path, "no such archive; build one with 'factcheck archive import PATH... --archive FILE'.");
        }

        if (exists && !LooksLikeSqlite(fullPath, path))
        {
            throw new ArchiveFileException(path, "is not a FactCheck archive (not a SQLite database); give --archive a file made by 'factcheck archive import'.");
        }

        // Checked up front as well as by SQLite: a superuser's writes ignore the mode bits, yet a file someone made
        // read-only is one they meant not to change.
        if (exists && !readOnly && IsMarkedReadOnly(fullPath))
        {
            throw ReadOnly(path);
        }

        var timeout = busyTimeout ?? DefaultBusyTimeout;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {(int)timeout.TotalMilliseconds}");
            var archive = new SqlitePeopleArchive(path, connection);
            archive.EnsureSchema(readOnly, fullPath, timeout);
            return archive;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw Translate(path, exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => _connection.Dispose();

    public Task<ArchiveLookup> LookupAsync(ArchiveQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            return Task.FromResult(Lookup(query));
        }
        catch (SqliteException exception)
        {
            throw Translate(Path, exception);
        }
    }

    public Task RecordAsync(ArchivedArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Write(transaction =>
        {
            Replace(transaction, article);
        });
    }

    /// <summary>Records many articles in one transaction (the benchmark's generator; an import is per article).</summary>
    public Task RecordBatchAsync(IEnumerable<ArchivedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Write(transaction =>
        {
            foreach (var article in articles)
            {
                Replace(transaction, article);
            }
        });
    }

    public Task RecordDecisionAsync(ArchiveDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Write(transaction =>
        {
            using var command = Command(transaction, """
                INSERT INTO decisions (kind, person_key, value, verdict, date, article_id) VALUES ($kind, $person, $value, $verdict, $date, $article)
                ON CONFLICT (kind, person_key, value) DO UPDATE SET verdict = excluded.verdict, date = excluded.date, article_id = excluded.article_id
                """);
            command.Parameters.AddWithValue("$kind", decision.Claim.Kind.ToString());
            command.Parameters.AddWithValue("$person", decision.Claim.PersonKey);
            command.Parameters.AddWithValue("$value", decision.Claim.Value);
            command.Parameters.AddWithValue("$verdict", decision.Verdict.ToString());
            command.Parameters.AddWithValue("$date", Text(decision.Date));
            command.Parameters.AddWithValue("$article", (object?)decision.ArticleId ?? DBNull.Value);
            command.ExecuteNonQuery();
        });
    }

    private Task Write(Action<SqliteTransaction> write)
    {
        try
        {
            // IMMEDIATE: take the write lock up front, so a busy archive waits (busy timeout) instead of failing midway.
            using var transaction = _connection.BeginTransaction(deferred: false);
            write(transaction);
            transaction.Commit();
            return Task.CompletedTask;
        }
        catch (SqliteException exception)
        {
            throw Translate(Path, exception);
        }
    }

    /// <summary>
    /// Replaces one article's rows and moves every aggregate they touch: counts by the difference between the old and
    /// the new rows, dates and the recent sample re-read through the index (a bounded read, however long the record).
    /// </summary>
    private static void Replace(SqliteTransaction transaction, ArchivedArticle article)
    {
        var oldSpellings = new HashSet<(string Person, string Display)>();
        using (var read = Command(transaction, "SELECT person_key, display FROM article_people WHERE article_id = $id"))
        {
            read.Parameters.AddWithValue("$id", article.Id);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                oldSpellings.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var oldOffices = new HashSet<(string Office, string Person)>();
        using (var read = Command(transaction, "SELECT office_key, person_key FROM article_offices WHERE article_id = $id"))
        {
            read.Parameters.AddWithValue("$id", article.Id);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                oldOffices.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var oldAffiliations = new HashSet<(string Person, string Affiliation)>();
        using (var read = Command(transaction, "SELECT person_key, affiliation_key FROM article_affiliations WHERE article_id = $id"))
        {
            read.Parameters.AddWithValue("$id", article.Id);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                oldAffiliations.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var table in new[] { "article_people", "article_offices", "article_affiliations" })
        {
            using var delete = Command(transaction, $"DELETE FROM {table} WHERE article_id = $id");
            delete.Parameters.AddWithValue("$id", article.Id);
            delete.ExecuteNonQuery();
        }

        var date = Text(article.Date);
        using (var upsert = Command(transaction, "INSERT INTO articles (id, date, title) VALUES ($id, $date, $title) ON CONFLICT (id) DO UPDATE SET date = excluded.date, title = excluded.title"))
        {
            upsert.Parameters.AddWithValue("$id", article.Id);
            upsert.Parameters.AddWithValue("$date", date);
            upsert.Parameters.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
            upsert.ExecuteNonQuery();
        }

        using var person = Command(transaction, "INSERT OR IGNORE INTO article_people (article_id, person_key, display, date) VALUES ($id, $person, $display, $date)");
        var personKey = person.Parameters.Add("$person", SqliteType.Text);
        var display = person.Parameters.Add("$display", SqliteType.Text);
        person.Parameters.AddWithValue("$id", article.Id);
        person.Parameters.AddWithValue("$date", date);

        using var name = Command(transaction, """
            INSERT INTO person_names (name_key, person_key, articles)
            VALUES ($name, $person, COALESCE((SELECT articles FROM people WHERE person_key = $person), 0))
            ON CONFLICT (name_key, person_key) DO NOTHING
            """);
        var nameKey = name.Parameters.Add("$name", SqliteType.Text);
        var namePerson = name.Parameters.Add("$person", SqliteType.Text);

        using var office = Command(transaction, "INSERT OR IGNORE INTO article_offices (article_id, office_key, person_key, person_display, office_display, date) VALUES ($id, $office, $person, $display, $officeDisplay, $date)");
        var officeKey = office.Parameters.Add("$office", SqliteType.Text);
        var officePerson = office.Parameters.Add("$person", SqliteType.Text);
        var officePersonDisplay = office.Parameters.Add("$display", SqliteType.Text);
        var officeDisplay = office.Parameters.Add("$officeDisplay", SqliteType.Text);
        office.Parameters.AddWithValue("$id", article.Id);
        office.Parameters.AddWithValue("$date", date);

        using var affiliation = Command(transaction, "INSERT OR IGNORE INTO article_affiliations (article_id, affiliation_key, person_key, person_display, display, date) VALUES ($id, $affiliation, $person, $personDisplay, $display, $date)");
        var affiliationKey = affiliation.Parameters.Add("$affiliation", SqliteType.Text);
        var affiliationPerson = affiliation.Parameters.Add("$person", SqliteType.Text);
        var affiliationPersonDisplay = affiliation.Parameters.Add("$personDisplay", SqliteType.Text);
        var affiliationDisplay = affiliation.Parameters.Add("$display", SqliteType.Text);
        affiliation.Parameters.AddWithValue("$id", article.Id);
        affiliation.Parameters.AddWithValue("$date", date);

        var newSpellings = new HashSet<(string Person, string Display)>();
        var newOffices = new HashSet<(string Office, string Person)>();
        var newAffiliations = new HashSet<(string Person, string Affiliation)>();
        foreach (var p in article.People)
        {
            personKey.Value = p.PersonKey;
            display.Value = p.Display;
            person.ExecuteNonQuery();
            newSpellings.Add((p.PersonKey, p.Display));
            foreach (var key in p.NameKeys)
            {
                nameKey.Value = key;
                namePerson.Value = p.PersonKey;
                name.ExecuteNonQuery();
            }

            foreach (var o in p.Offices)
            {
                officeKey.Value = o.Key;
                officePerson.Value = p.PersonKey;
                officePersonDisplay.Value = p.Display;
                officeDisplay.Value = o.Display;
                if (office.ExecuteNonQuery() > 0)
                {
                    newOffices.Add((o.Key, p.PersonKey));
                }
            }

            foreach (var a in p.Affiliations)
            {
                affiliationKey.Value = a.Key;
                affiliationPerson.Value = p.PersonKey;
                affiliationPersonDisplay.Value = p.Display;
                affiliationDisplay.Value = a.Display;
                if (affiliation.ExecuteNonQuery() > 0)
                {
                    newAffiliations.Add((p.PersonKey, a.Key));
                }
            }
        }

        MoveSpellings(transaction, oldSpellings, newSpellings);
        MoveOffices(transaction, oldOffices, newOffices);
        MoveAffiliations(transaction, oldAffiliations, newAffiliations);
        MovePeople(transaction, oldSpellings.Select(s => s.Person).ToHashSet(StringComparer.Ordinal), newSpellings.Select(s => s.Person).ToHashSet(StringComparer.Ordinal));
    }

    private static void MoveSpellings(SqliteTransaction transaction, HashSet<(string Person, string Display)> before, HashSet<(string Person, string Display)> after)
    {
        using var move = Command(transaction, $"""
            INSERT INTO spellings (person_key, display, articles, first, last, recent)
            VALUES ($person, $display, $delta,
                COALESCE((SELECT date FROM article_people WHERE person_key = $person AND display = $display ORDER BY date LIMIT 1), ''),
                COALESCE((SELECT date FROM article_people WHERE person_key = $person AND display = $display ORDER BY date DESC LIMIT 1), ''),
                {SpellingSample("$person", "$display")})
            ON CONFLICT (person_key, display) DO UPDATE SET articles = articles + excluded.articles, first = excluded.first, last = excluded.last, recent = excluded.recent;
            DELETE FROM spellings WHERE person_key = $person AND display = $display AND articles <= 0;
            """);
        MovePairs(move, "$person", "$display", before, after);
    }

    private static void MoveOffices(SqliteTransaction transaction, HashSet<(string Office, string Person)> before, HashSet<(string Office, string Person)> after)
    {
        using var move = Command(transaction, $"""
            INSERT INTO office_holders (office_key, person_key, articles, first, last, recent)
            VALUES ($office, $person, $delta,
                COALESCE((SELECT date FROM article_offices WHERE office_key = $office AND person_key = $person ORDER BY date LIMIT 1), ''),
                COALESCE((SELECT date FROM article_offices WHERE office_key = $office AND person_key = $person ORDER BY date DESC LIMIT 1), ''),
                {OfficeSample("$office", "$person")})
            ON CONFLICT (office_key, person_key) DO UPDATE SET articles = articles + excluded.articles, first = excluded.first, last = excluded.last, recent = excluded.recent;
            DELETE FROM office_holders WHERE office_key = $office AND person_key = $person AND articles <= 0;
            """);
        MovePairs(move, "$office", "$person", before, after);
    }

    private static void MoveAffiliations(SqliteTransaction transaction, HashSet<(string Person, string Affiliation)> before, HashSet<(string Person, string Affiliation)> after)
    {
        using var move = Command(transaction, $"""
            INSERT INTO affiliations (person_key, affiliation_key, articles, first, last, recent)
            VALUES ($person, $affiliation, $delta,
                COALESCE((SELECT date FROM article_affiliations WHERE person_key = $person AND affiliation_key = $affiliation ORDER BY date LIMIT 1), ''),
                COALESCE((SELECT date FROM article_affiliations WHERE person_key = $person AND affiliation_key = $affiliation ORDER BY date DESC LIMIT 1), ''),
                {AffiliationSample("$person", "$affiliation")})
            ON CONFLICT (person_key, affiliation_key) DO UPDATE SET articles = articles + excluded.articles, first = excluded.first, last = excluded.last, recent = excluded.recent;
            DELETE FROM affiliations WHERE person_key = $person AND affiliation_key = $affiliation AND articles <= 0;
            """);
        MovePairs(move, "$person", "$affiliation", before, after);
    }

    /// <summary>
    /// Runs <paramref name="move"/> once per pair with <c>$delta</c> = +1 for a pair only <paramref name="after"/> has,
    /// -1 for one only <paramref name="before"/> has, and 0 for unchanged pairs too: a re-import can move the
    /// article's date or title, which the dates and sample show.
    /// </summary>
    private static void MovePairs(SqliteCommand move, string firstName, string secondName, HashSet<(string, string)> before, HashSet<(string, string)> after)
    {
        var first = move.Parameters.Add(firstName, SqliteType.Text);
        var second = move.Parameters.Add(secondName, SqliteType.Text);
        var delta = move.Parameters.Add("$delta", SqliteType.Integer);
        foreach (var pair in before.Union(after))
        {
            (first.Value, second.Value) = pair;
            delta.Value = (after.Contains(pair) ? 1 : 0) - (before.Contains(pair) ? 1 : 0);
            move.ExecuteNonQuery();
        }
    }

    /// <summary>A person's article count, and its copy on each of their name rows (what ranks a capped name lookup).</summary>
    private static void MovePeople(SqliteTransaction transaction, HashSet<string> before, HashSet<string> after)
    {
        using var move = Command(transaction, """
            INSERT INTO people (person_key, articles) VALUES ($person, $delta) ON CONFLICT (person_key) DO UPDATE SET articles = articles + excluded.articles;
            UPDATE person_names SET articles = (SELECT articles FROM people WHERE person_key = $person) WHERE person_key = $person;
            """);
        var person = move.Parameters.Add("$person", SqliteType.Text);
        var delta = move.Parameters.Add("$delta", SqliteType.Integer);
        foreach (var key in before.Union(after))
        {
            var change = (after.Contains(key) ? 1 : 0) - (before.Contains(key) ? 1 : 0);
            if (change == 0)
            {
                continue;
            }

            person.Value = key;
            delta.Value = change;
            move.ExecuteNonQuery();
        }
    }

    /// <summary>The JSON sample of a spelling's most recent articles: [[id, date, title], ...], newest first.</summary>
    private static string SpellingSample(string person, string display) => $"""
        (SELECT json_group_array(json_array(r.article_id, r.date, a.title)) FROM
            (SELECT article_id, date FROM article_people WHERE person_key = {person} AND display = {display} ORDER BY date DESC, article_id DESC LIMIT {SampleKept}) r
            JOIN articles a ON a.id = r.article_id)
        """;

    /// <summary>The JSON sample of an office holding's most recent articles: [[id, date, title, person display, office display], ...].</summary>
    private static string OfficeSample(string office, string person) => $"""
        (SELECT json_group_array(json_array(r.article_id, r.date, a.title, r.person_display, r.office_display)) FROM
            (SELECT article_id, date, person_display, office_display FROM article_offices WHERE office_key = {office} AND person_key = {person} ORDER BY date DESC, article_id DESC LIMIT {SampleKept}) r
            JOIN articles a ON a.id = r.article_id)
        """;

    /// <summary>The JSON sample of a person's affiliation's most recent articles: [[id, date, title, person display, affiliation display], ...].</summary>
    private static string AffiliationSample(string person, string affiliation) => $"""
        (SELECT json_group_array(json_array(r.article_id, r.date, a.title, r.person_display, r.display)) FROM
            (SELECT article_id, date, person_display, display FROM article_affiliations WHERE person_key = {person} AND affiliation_key = {affiliation} ORDER BY date DESC, article_id DESC LIMIT {SampleKept}) r
            JOIN articles a ON a.id = r.article_id)
        """;

    private ArchiveLookup Lookup(ArchiveQuery query)
    {
        if (query.IsEmpty)
        {
            return ArchiveLookup.Empty;
        }

        var persons = PeopleUnder(query.NameKeys);
        persons.UnionWith(query.PersonKeys);
        var excluded = query.ExcludeArticleId is { } id ? Contribution(id) : Excluded.None;
        var nameKeys = NameKeysOf(persons);
        var spellings = persons.Count == 0 ? [] : Spellings(persons, nameKeys, excluded);
        var offices = Offices(persons, query.OfficeKeys, excluded);
        var decisions = Decisions(persons, query.OfficeKeys);
        return new ArchiveLookup(spellings, offices, decisions) { Affiliations = Affiliations(persons, excluded) };
    }

    /// <summary>The people filed under each name key, at most <see cref="ArchiveRecords.MaxPeoplePerName"/> each, most articles first.</summary>
    private HashSet<string> PeopleUnder(IReadOnlyCollection<string> nameKeys)
    {
        var persons = new HashSet<string>(StringComparer.Ordinal);
        if (nameKeys.Count == 0)
        {
            return persons;
        }

        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$cap", ArchiveRecords.MaxPeoplePerName);
        var branches = nameKeys.Distinct(StringComparer.Ordinal).Select((key, i) =>
        {
            command.Parameters.AddWithValue($"$n{i}", key);
            return $"SELECT * FROM (SELECT person_key FROM person_names WHERE name_key = $n{i} ORDER BY articles DESC, person_key LIMIT $cap)";
        });
        command.CommandText = string.Join(" UNION ALL ", branches);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            persons.Add(reader.GetString(0));
        }

        return persons;
    }

    /// <summary>What the excluded article contributed, read by its key, so the aggregates can be shown without it.</summary>
    private Excluded Contribution(string articleId)
    {
        var excluded = new Excluded(articleId);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT person_key, display, date FROM article_people WHERE article_id = $id";
            command.Parameters.AddWithValue("$id", articleId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                excluded.Spellings[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT office_key, person_key, date FROM article_offices WHERE article_id = $id";
            command.Parameters.AddWithValue("$id", articleId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                excluded.Offices[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT person_key, affiliation_key, date FROM article_affiliations WHERE article_id = $id";
            command.Parameters.AddWithValue("$id", articleId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                excluded.Affiliations[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        return excluded;
    }

    private Dictionary<string, List<string>> NameKeysOf(HashSet<string> persons)
    {
        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (persons.Count == 0)
        {
            return keys;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT person_key, name_key FROM person_names WHERE person_key IN ({Parameters(command, "p", persons)}) ORDER BY person_key, name_key";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var person = reader.GetString(0);
            if (!keys.TryGetValue(person, out var list))
            {
                keys[person] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return keys;
    }

    private List<SpellingRecord> Spellings(IReadOnlyCollection<string> persons, Dictionary<string, List<string>> nameKeys, Excluded excluded)
    {
        var rows = new List<(string Person, string Display, int Articles, string First, string Last, List<Sample> Recent)>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT person_key, display, articles, first, last, recent FROM spellings WHERE person_key IN ({Parameters(command, "p", persons)}) ORDER BY person_key, display";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), Samples(reader.GetString(5))));
            }
        }

        var records = new List<SpellingRecord>();
        foreach (var row in rows)
        {
            var (articles, first) = (row.Articles, row.First);
            if (excluded.Spellings.TryGetValue((row.Person, row.Display), out var date))
            {
                articles--;
                row.Recent.RemoveAll(s => s.Id == excluded.ArticleId);
                if (articles <= 0 || row.Recent.Count == 0)
                {
                    continue;
                }

                first = FirstWithout(date, first, articles, row.Recent, "SELECT date FROM article_people WHERE person_key = $a AND display = $b AND article_id <> $x ORDER BY date LIMIT 1", row.Person, row.Display, excluded.ArticleId);
            }

            records.Add(new SpellingRecord(row.Person, row.Display, articles, Date(first), Date(row.Recent[0].Date))
            {
                NameKeys = nameKeys.TryGetValue(row.Person, out var keys) ? keys : [],
                Articles = References(row.Recent),
            });
        }

        return records;
    }

    private List<OfficeRecord> Offices(HashSet<string> persons, IReadOnlyCollection<string> officeKeys, Excluded excluded)
    {
        if (persons.Count == 0 && officeKeys.Count == 0)
        {
            return [];
        }

        var rows = new List<(string Office, string Person, int Articles, string First, List<Sample> Recent)>();
        using (var command = _connection.CreateCommand())
        {
            const string Columns = "office_key, person_key, articles, first, last, recent";
            var branches = new List<string>();
            if (persons.Count > 0)
            {
                branches.Add($"SELECT {Columns} FROM office_holders WHERE person_key IN ({Parameters(command, "p", persons)})");
            }

            command.Parameters.AddWithValue("$cap", ArchiveRecords.MaxHoldersPerOffice);
            var i = 0;
            foreach (var key in officeKeys.Distinct(StringComparer.Ordinal))
            {
                command.Parameters.AddWithValue($"$o{i}", key);
                branches.Add($"SELECT * FROM (SELECT {Columns} FROM office_holders WHERE office_key = $o{i} ORDER BY last DESC, person_key LIMIT $cap)");
                i++;
            }

            // UNION drops the rows both a person and an office find.
            command.CommandText = $"SELECT * FROM ({string.Join(" UNION ", branches)}) ORDER BY office_key, person_key";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), Samples(reader.GetString(5))));
            }
        }

        var records = new List<OfficeRecord>();
        foreach (var row in rows)
        {
            var (articles, first) = (row.Articles, row.First);
            if (excluded.Offices.TryGetValue((row.Office, row.Person), out var date))
            {
                articles--;
                row.Recent.RemoveAll(s => s.Id == excluded.ArticleId);
                if (articles <= 0 || row.Recent.Count == 0)
                {
                    continue;
                }

                first = FirstWithout(date, first, articles, row.Recent, "SELECT date FROM article_offices WHERE office_key = $a AND person_key = $b AND article_id <> $x ORDER BY date LIMIT 1", row.Office, row.Person, excluded.ArticleId);
            }

            var newest = row.Recent[0];
            records.Add(new OfficeRecord(row.Office, row.Person, newest.PersonDisplay ?? "", articles, Date(first), Date(newest.Date))
            {
                OfficeDisplay = newest.Display ?? "",
                Articles = References(row.Recent),
            });
        }

        return records;
    }

    /// <summary>
    /// The first date of a record once the excluded article is left out: unchanged unless that article was the first,
    /// the oldest of the sample when the sample now holds the whole record, else one indexed read of the next oldest.
    /// </summary>
    private string FirstWithout(string excludedDate, string first, int articles, List<Sample> recent, string sql, string a, string b, string articleId)
    {
        if (!string.Equals(excludedDate, first, StringComparison.Ordinal))
        {
            return first;
        }

        if (articles <= recent.Count)
        {
            return recent[^1].Date;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$a", a);
        command.Parameters.AddWithValue("$b", b);
        command.Parameters.AddWithValue("$x", articleId);
        return command.ExecuteScalar() as string ?? first;
    }

    private static List<Sample> Samples(string json)
    {
        // Dates stay the strings SQLite wrote (yyyy-MM-dd), not DateTime values formatted back.
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var samples = new List<Sample>();
        foreach (var item in JArray.Load(reader).OfType<JArray>())
        {
            string? At(int i) => item.Count > i && item[i].Type == JTokenType.String ? (string?)item[i] : null;
            samples.Add(new Sample(At(0)!, At(1)!, At(2), At(3), At(4)));
        }

        // Newest first, as the sample was read; sorted again because json_group_array does not promise an order.
        samples.Sort((x, y) => string.CompareOrdinal(y.Date, x.Date) is var byDate and not 0 ? byDate : string.CompareOrdinal(y.Id, x.Id));
        return samples;
    }

    private static ArticleRef[] References(List<Sample> recent) =>
        recent.Take(ArchiveRecords.RecentArticles).Select(s => new ArticleRef(s.Id, Date(s.Date)) { Title = s.Title }).ToArray();

    /// <summary>The affiliation records of the returned people, read from their tallies, without the excluded article.</summary>
    private List<AffiliationRecord> Affiliations(HashSet<string> persons, Excluded excluded)
    {
        var records = new List<AffiliationRecord>();
        if (persons.Count == 0)
        {
            return records;
        }

        var rows = new List<(string Person, string Affiliation, int Articles, string First, List<Sample> Recent)>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT person_key, affiliation_key, articles, first, recent FROM affiliations WHERE person_key IN ({Parameters(command, "p", persons)}) ORDER BY person_key, affiliation_key";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), Samples(reader.GetString(4))));
            }
        }

        foreach (var row in rows)
        {
            var (articles, first) = (row.Articles, row.First);
            if (excluded.Affiliations.TryGetValue((row.Person, row.Affiliation), out var date))
            {
                articles--;
                row.Recent.RemoveAll(s => s.Id == excluded.ArticleId);
                if (articles <= 0 || row.Recent.Count == 0)
                {
                    continue;
                }

                first = FirstWithout(date, first, articles, row.Recent, "SELECT date FROM article_affiliations WHERE person_key = $a AND affiliation_key = $b AND article_id <> $x ORDER BY date LIMIT 1", row.Person, row.Affiliation, excluded.ArticleId);
            }

            var newest = row.Recent[0];
            records.Add(new AffiliationRecord(row.Affiliation, row.Person, newest.PersonDisplay ?? "", articles, Date(first), Date(newest.Date))
            {
                Display = newest.Display ?? "",
                Articles = References(row.Recent),
            });
        }

        return records;
    }

    private List<ArchiveDecision> Decisions(HashSet<string> persons, IReadOnlyCollection<string> officeKeys)
    {
        if (persons.Count == 0 && officeKeys.Count == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        var filters = new List<string>();
        if (persons.Count > 0)
        {
            filters.Add($"SELECT kind, person_key, value, verdict, date, article_id FROM decisions WHERE person_key IN ({Parameters(command, "p", persons)})");
        }

        if (officeKeys.Count > 0)
        {
            filters.Add($"SELECT kind, person_key, value, verdict, date, article_id FROM decisions WHERE kind = 'Office' AND value IN ({Parameters(command, "o", officeKeys)})");
        }

        command.CommandText = string.Join(" UNION ", filters);
        var decisions = new List<ArchiveDecision>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var claim = new ArchiveClaim(Enum.Parse<ArchiveClaimKind>(reader.GetString(0)), reader.GetString(1), reader.GetString(2));
            decisions.Add(new ArchiveDecision(claim, Enum.Parse<ArchiveVerdict>(reader.GetString(3)), Date(reader.GetString(4)))
            {
                ArticleId = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return decisions;
    }

    private void EnsureSchema(bool readOnly, string fullPath, TimeSpan busyTimeout)
    {
        var version = Convert.ToInt32(Scalar(_connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version == SchemaVersion)
        {
            return;
        }

        if (version > SchemaVersion)
        {
            throw new ArchiveFileException(Path, $"has archive schema version {version}, newer than this factcheck reads ({SchemaVersion}); update factcheck.");
        }

        var tables = Convert.ToInt32(Scalar(_connection, "SELECT COUNT(*) FROM sqlite_master"), CultureInfo.InvariantCulture);
        if (version == 0 && tables > 0 || version < 0)
        {
            throw new ArchiveFileException(Path, $"is a SQLite database but not a FactCheck archive (schema version {version}); give --archive a file made by 'factcheck archive import'.");
        }

        if (version == 0 && readOnly)
        {
            throw new ArchiveFileException(Path, "is an empty database, not a FactCheck archive; build one with 'factcheck archive import'.");
        }

        if (readOnly)
        {
            // An older archive is upgraded in place even by a command that only reads it: once, through a writable
            // connection of its own, so the read-only connection never writes.
            if (IsMarkedReadOnly(fullPath))
            {
                throw new ArchiveFileException(Path, $"has archive schema version {version}, older than this factcheck's ({SchemaVersion}), and is read-only, so it cannot be upgraded; make it writable once.");
            }

            using var writable = Open(fullPath, create: false, readOnly: false, busyTimeout, Path);
            return;
        }

        using var transaction = _connection.BeginTransaction(deferred: false);
        var script = (version == 0 ? SchemaVersion1 : "") + (version < 2 ? UpgradeTo2 : "") + (version < 4 ? UpgradeTo4 : "") + (version < 5 ? UpgradeTo5 : "") + $"\nPRAGMA user_version = {SchemaVersion};";
        using (var command = Command(transaction, script))
        {
            command.ExecuteNonQuery();
        }

        if (version is > 0 and < 3)
        {
            FileUnderCurrentNameKeys(transaction);
        }

        transaction.Commit();
    }

    /// <summary>
    /// Version 2 to 3: files every archived person under the name keys this code gives a person
    /// (<see cref="ArticleObservations.NameKeysOf"/>), so people recorded before the surname slip keys existed are
    /// found by them too. One pass over the people, in the upgrade's transaction; the keys a person has are kept.
    /// </summary>
    private static void FileUnderCurrentNameKeys(SqliteTransaction transaction)
    {
        var people = new List<(string Person, long Articles)>();
        using (var read = Command(transaction, "SELECT person_key, articles FROM people"))
        {
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                people.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        using var insert = Command(transaction, "INSERT OR IGNORE INTO person_names (name_key, person_key, articles) VALUES ($name, $person, $articles)");
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var person = insert.Parameters.Add("$person", SqliteType.Text);
        var articles = insert.Parameters.Add("$articles", SqliteType.Integer);
        foreach (var (key, count) in people)
        {
            (person.Value, articles.Value) = (key, count);
            foreach (var nameKey in ArticleObservations.NameKeysOf(key.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                name.Value = nameKey;
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>One sampled article of a record (the displays only for an office holding or an affiliation: the office or affiliation as written).</summary>
    private sealed record Sample(string Id, string Date, string? Title, string? PersonDisplay, string? Display);

    /// <summary>The rows the excluded article contributed, keyed like the aggregates, with their dates.</summary>
    private sealed class Excluded(string articleId)
    {
        public static Excluded None { get; } = new("");

        public string ArticleId { get; } = articleId;

        public Dictionary<(string Person, string Display), string> Spellings { get; } = [];

        public Dictionary<(string Office, string Person), string> Offices { get; } = [];

        public Dictionary<(string Person, string Affiliation), string> Affiliations { get; } = [];
    }

    private static ArchiveFileException ReadOnly(string path) =>
        new(path, "the archive is read-only; make it writable (or import into another file with --archive).");

    private static bool IsMarkedReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        }

        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(path) & anyWrite) == 0;
    }

    private static bool LooksLikeSqlite(string fullPath, string path)
    {
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length == 0)
            {
                // An empty file is what SQLite itself makes before the first write: an archive to be.
                return true;
            }

            var header = new byte[16];
            return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
                && Encoding.ASCII.GetString(header) == "SQLite format 3\0";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ArchiveFileException(path, $"cannot read the archive: {exception.Message}");
        }
    }

    private static ArchiveFileException Translate(string path, SqliteException exception) => exception.SqliteErrorCode switch
    {
        5 or 6 => new ArchiveFileException(path, "the archive is locked by another process (another import?); wait for it to finish and try again."),
        8 => ReadOnly(path),
        14 => new ArchiveFileException(path, "cannot open the archive; check that its folder exists and is writable."),
        11 or 26 => new ArchiveFileException(path, "is not a FactCheck archive (not a SQLite database, or damaged); give --archive a file made by 'factcheck archive import'."),
        _ => new ArchiveFileException(path, $"archive error: {exception.Message}"),
    };

    private static string Parameters(SqliteCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = $"${prefix}{names.Count}";
            command.Parameters.AddWithValue(name, value);
            names.Add(name);
        }

        return names.Count == 0 ? "NULL" : string.Join(',', names);
    }

    private static ArticleRef Reference(SqliteDataReader reader, int column) =>
        new(reader.GetString(column), Date(reader.GetString(column + 1))) { Title = reader.IsDBNull(column + 2) ? null : reader.GetString(column + 2) };

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
