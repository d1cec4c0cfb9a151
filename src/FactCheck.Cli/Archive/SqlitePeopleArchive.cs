using System.Globalization;
using System.Text;
using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using Microsoft.Data.Sqlite;

namespace FactCheck.Cli.Archive;

/// <summary>
/// The CLI's newsroom archive: one SQLite file with a row per (article, person, spelling) and per (article, office,
/// person), indexed by name key, person and office, so a lookup reads only the rows of the people and offices it asks
/// for; counts and dates are aggregated at query time, which is what makes "exclude the draft itself" exact.
/// One connection, used by one caller at a time (the CLI checks its files one after another).
/// </summary>
public sealed class SqlitePeopleArchive : IPeopleArchive, IDisposable
{
    /// <summary>The schema this code reads and writes, kept in <c>PRAGMA user_version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>How long a write waits for another process's lock before it is reported as locked.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    private const string Schema = """
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
            archive.EnsureSchema(readOnly);
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

    private static void Replace(SqliteTransaction transaction, ArchivedArticle article)
    {
        foreach (var table in new[] { "article_people", "article_offices" })
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

        using var name = Command(transaction, "INSERT OR IGNORE INTO person_names (name_key, person_key) VALUES ($name, $person)");
        var nameKey = name.Parameters.Add("$name", SqliteType.Text);
        var namePerson = name.Parameters.Add("$person", SqliteType.Text);

        using var office = Command(transaction, "INSERT OR IGNORE INTO article_offices (article_id, office_key, person_key, person_display, office_display, date) VALUES ($id, $office, $person, $display, $officeDisplay, $date)");
        var officeKey = office.Parameters.Add("$office", SqliteType.Text);
        var officePerson = office.Parameters.Add("$person", SqliteType.Text);
        var officePersonDisplay = office.Parameters.Add("$display", SqliteType.Text);
        var officeDisplay = office.Parameters.Add("$officeDisplay", SqliteType.Text);
        office.Parameters.AddWithValue("$id", article.Id);
        office.Parameters.AddWithValue("$date", date);

        foreach (var p in article.People)
        {
            personKey.Value = p.PersonKey;
            display.Value = p.Display;
            person.ExecuteNonQuery();
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
                office.ExecuteNonQuery();
            }
        }
    }

    private ArchiveLookup Lookup(ArchiveQuery query)
    {
        if (query.IsEmpty)
        {
            return ArchiveLookup.Empty;
        }

        var exclude = query.ExcludeArticleId ?? "";
        var persons = new HashSet<string>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT DISTINCT person_key FROM person_names WHERE name_key IN ({Parameters(command, "n", query.NameKeys)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                persons.Add(reader.GetString(0));
            }
        }

        var nameKeys = NameKeysOf(persons);
        var spellings = persons.Count == 0 ? [] : Spellings(persons, exclude, nameKeys);
        var offices = Offices(persons, query.OfficeKeys, exclude);
        var decisions = Decisions(persons, query.OfficeKeys);
        return new ArchiveLookup(spellings, offices, decisions);
    }

    private Dictionary<string, List<string>> NameKeysOf(IReadOnlyCollection<string> persons)
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

    private List<SpellingRecord> Spellings(IReadOnlyCollection<string> persons, string exclude, Dictionary<string, List<string>> nameKeys)
    {
        using var command = _connection.CreateCommand();
        var people = Parameters(command, "p", persons);
        command.Parameters.AddWithValue("$exclude", exclude);
        command.Parameters.AddWithValue("$recent", ArchiveRecords.RecentArticles);
        command.CommandText = $"""
            WITH rows AS (
                SELECT person_key, display, article_id, date FROM article_people
                WHERE person_key IN ({people}) AND article_id <> $exclude),
            totals AS (
                SELECT person_key, display, COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last FROM rows GROUP BY person_key, display),
            recent AS (
                SELECT person_key, display, article_id, date,
                       ROW_NUMBER() OVER (PARTITION BY person_key, display ORDER BY date DESC, article_id DESC) AS rank FROM rows)
            SELECT t.person_key, t.display, t.n, t.first, t.last, r.article_id, r.date, a.title
            FROM totals t JOIN recent r ON r.person_key = t.person_key AND r.display = t.display AND r.rank <= $recent
            JOIN articles a ON a.id = r.article_id
            ORDER BY t.person_key, t.display, r.rank
            """;
        var records = new List<SpellingRecord>();
        using var reader = command.ExecuteReader();
        SpellingRecord? current = null;
        List<ArticleRef> articles = [];
        while (reader.Read())
        {
            var person = reader.GetString(0);
            var display = reader.GetString(1);
            if (current is null || current.PersonKey != person || current.Display != display)
            {
                articles = [];
                current = new SpellingRecord(person, display, reader.GetInt32(2), Date(reader.GetString(3)), Date(reader.GetString(4)))
                {
                    NameKeys = nameKeys.TryGetValue(person, out var keys) ? keys : [],
                    Articles = articles,
                };
                records.Add(current);
            }

            articles.Add(Reference(reader, 5));
        }

        return records;
    }

    private List<OfficeRecord> Offices(IReadOnlyCollection<string> persons, IReadOnlyCollection<string> officeKeys, string exclude)
    {
        if (persons.Count == 0 && officeKeys.Count == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        var filters = new List<string>();
        if (officeKeys.Count > 0)
        {
            filters.Add($"SELECT article_id, office_key, person_key, person_display, office_display, date FROM article_offices WHERE office_key IN ({Parameters(command, "o", officeKeys)})");
        }

        if (persons.Count > 0)
        {
            filters.Add($"SELECT article_id, office_key, person_key, person_display, office_display, date FROM article_offices WHERE person_key IN ({Parameters(command, "p", persons)})");
        }

        command.Parameters.AddWithValue("$exclude", exclude);
        command.Parameters.AddWithValue("$recent", ArchiveRecords.RecentArticles);

        // UNION (not OR) so each branch uses its own index; it also drops the rows both branches find.
        command.CommandText = $"""
            WITH rows AS (
                SELECT * FROM ({string.Join(" UNION ", filters)}) WHERE article_id <> $exclude),
            totals AS (
                SELECT office_key, person_key, COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last FROM rows GROUP BY office_key, person_key),
            recent AS (
                SELECT office_key, person_key, person_display, office_display, article_id, date,
                       ROW_NUMBER() OVER (PARTITION BY office_key, person_key ORDER BY date DESC, article_id DESC) AS rank FROM rows)
            SELECT t.office_key, t.person_key, t.n, t.first, t.last, r.article_id, r.date, a.title, r.person_display, r.office_display
            FROM totals t JOIN recent r ON r.office_key = t.office_key AND r.person_key = t.person_key AND r.rank <= $recent
            JOIN articles a ON a.id = r.article_id
            ORDER BY t.office_key, t.person_key, r.rank
            """;
        var records = new List<OfficeRecord>();
        using var reader = command.ExecuteReader();
        OfficeRecord? current = null;
        List<ArticleRef> articles = [];
        while (reader.Read())
        {
            var office = reader.GetString(0);
            var person = reader.GetString(1);
            if (current is null || current.OfficeKey != office || current.PersonKey != person)
            {
                articles = [];
                current = new OfficeRecord(office, person, reader.GetString(8), reader.GetInt32(2), Date(reader.GetString(3)), Date(reader.GetString(4)))
                {
                    OfficeDisplay = reader.GetString(9),
                    Articles = articles,
                };
                records.Add(current);
            }

            articles.Add(Reference(reader, 5));
        }

        return records;
    }

    private List<ArchiveDecision> Decisions(IReadOnlyCollection<string> persons, IReadOnlyCollection<string> officeKeys)
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

    private void EnsureSchema(bool readOnly)
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
        if (version != 0 || tables > 0)
        {
            throw new ArchiveFileException(Path, $"is a SQLite database but not a FactCheck archive (schema version {version}); give --archive a file made by 'factcheck archive import'.");
        }

        if (readOnly)
        {
            throw new ArchiveFileException(Path, "is an empty database, not a FactCheck archive; build one with 'factcheck archive import'.");
        }

        using var transaction = _connection.BeginTransaction(deferred: false);
        using (var command = Command(transaction, Schema + $"\nPRAGMA user_version = {SchemaVersion};"))
        {
            command.ExecuteNonQuery();
        }

        transaction.Commit();
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
