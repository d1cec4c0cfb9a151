using FactCheck.Cli.Archive;
using FactCheck.Core.Archive;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace FactCheck.Cli.Tests.Archive;

public sealed class ArchiveCommandTests : IDisposable
{
    private const string Budget = "House Speaker Nancy Pelosi said on Tuesday that the budget would pass. Pelosi spoke to reporters.\n";
    private const string Ankara = "Mevlut Cavusoglu met Nancy Pelosi in Ankara on Monday. Cavusoglu said the talks went well.\n";

    private readonly CliHarness _cli = new();

    public ArchiveCommandTests()
    {
        // Never the user's real data folder: a default archive there would change every other check.
        var data = Path.Combine(_cli.Directory, "data");
        _cli.Services = _cli.Services with
        {
            GetSetting = name => name == "XDG_DATA_HOME" ? data : null,
            ArchiveBusyTimeout = TimeSpan.FromMilliseconds(200),
        };
    }

    private string ArchiveFile => Path.Combine(_cli.Directory, "archive.db");

    private void WritePublished()
    {
        _cli.Write("pub/budget.txt", Budget);
        _cli.Write("pub/world/ankara.txt", Ankara);
    }

    private async Task<SpellingRecord> PelosiAsync()
    {
        using var archive = SqlitePeopleArchive.Open(ArchiveFile, readOnly: true);
        return Assert.Single((await archive.LookupAsync(new ArchiveQuery(["pelosi"], []))).Spellings);
    }

    [Fact]
    public async Task Import_records_each_article_under_its_path_with_the_manifest_date()
    {
        WritePublished();
        _cli.Write("manifest.tsv", "# path\tdate\ttitle\nbudget.txt\t2024-01-10\tBudget passes\nworld/ankara.txt\t2024-03-05\n");

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db", "--manifest", "manifest.tsv");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal("Imported 2 articles: 3 people, 1 offices recorded.", Assert.Single(run.OutLines));
        var pelosi = await PelosiAsync();
        Assert.Equal(("Nancy Pelosi", 2), (pelosi.Display, pelosi.ArticleCount));
        Assert.Equal(["world/ankara.txt", "budget.txt"], pelosi.Articles.Select(a => a.Id));
        Assert.Equal((new DateOnly(2024, 1, 10), new DateOnly(2024, 3, 5)), (pelosi.FirstSeen, pelosi.LastSeen));
        Assert.Equal("Budget passes", pelosi.Articles[1].Title);
    }

    [Fact]
    public async Task Without_a_manifest_the_date_is_the_files_modification_date()
    {
        WritePublished();
        File.SetLastWriteTimeUtc(Path.Combine(_cli.Directory, "pub/budget.txt"), new DateTime(2023, 5, 6, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(_cli.Directory, "pub/world/ankara.txt"), new DateTime(2023, 7, 8, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(ExitCodes.Clean, (await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db")).ExitCode);

        var pelosi = await PelosiAsync();
        Assert.Equal((new DateOnly(2023, 5, 6), new DateOnly(2023, 7, 8)), (pelosi.FirstSeen, pelosi.LastSeen));
    }

    [Fact]
    public async Task Reimporting_an_article_replaces_it()
    {
        WritePublished();
        await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");
        _cli.Write("pub/budget.txt", Budget.Replace("Nancy Pelosi", "Nancy Pelossi", StringComparison.Ordinal).Replace("Pelosi spoke", "Pelossi spoke", StringComparison.Ordinal));

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        var pelosi = await PelosiAsync();
        Assert.Equal(1, pelosi.ArticleCount);
        Assert.Equal(["world/ankara.txt"], pelosi.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Show_prints_the_persons_spellings_in_text_and_json()
    {
        WritePublished();
        _cli.Write("manifest.tsv", "budget.txt\t2024-01-10\nworld/ankara.txt\t2024-03-05\n");
        await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db", "--manifest", "manifest.tsv");

        var text = await _cli.RunAsync("archive", "show", "Pelosi", "--archive", "archive.db");
        var json = await _cli.RunAsync("archive", "show", "Nancy Pelosi", "--archive", "archive.db", "--format", "json");

        Assert.Equal(ExitCodes.Clean, text.ExitCode);
        Assert.Equal(["nancy pelosi", "  spelling Nancy Pelosi: 2 articles, 2024-01-10 to 2024-03-05", "  office House Speaker: 1 articles, 2024-01-10 to 2024-01-10"], text.OutLines);
        var person = Assert.Single(JObject.Parse(json.Out)["people"]!);
        Assert.Equal("nancy pelosi", (string?)person["personKey"]);
        Assert.Equal(2, (int?)person["spellings"]![0]!["articleCount"]);
    }

    [Fact]
    public async Task Show_prints_the_affiliations_with_their_dates_in_text_and_json()
    {
        _cli.Write("pub/vote.txt", "Democrat Nancy Pelosi said on Tuesday that the vote would be close. Pelosi left early.\n");
        _cli.Write("pub/recess.txt", "Nancy Pelosi (D-Calif.) thanked the staff before the recess. Pelosi then flew home.\n");
        _cli.Write("manifest.tsv", "vote.txt\t2024-02-01\nrecess.txt\t2024-04-09\n");
        await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db", "--manifest", "manifest.tsv");

        var text = await _cli.RunAsync("archive", "show", "Pelosi", "--archive", "archive.db");
        var json = await _cli.RunAsync("archive", "show", "Pelosi", "--archive", "archive.db", "--format", "json");

        Assert.Equal(ExitCodes.Clean, text.ExitCode);
        Assert.Contains(text.OutLines, l => l.StartsWith("  affiliation ", StringComparison.Ordinal) && l.EndsWith(": 2 articles, 2024-02-01 to 2024-04-09", StringComparison.Ordinal));
        var affiliation = Assert.Single(Assert.Single(JObject.Parse(json.Out)["people"]!)["affiliations"]!);
        Assert.Equal(("democratic", 2), ((string?)affiliation["affiliationKey"], (int?)affiliation["articleCount"]));
        Assert.Equal(["recess.txt", "vote.txt"], affiliation["articles"]!.Select(a => (string?)a["id"]));
    }

    [Fact]
    public async Task Show_json_has_the_fields_GET_api_people_documents_at_every_level()
    {
        _cli.Write("pub/vote.txt", "House Speaker Nancy Pelosi, a Democrat, said on Tuesday that the vote would be close. Pelosi left early.\n");
        _cli.Write("pub/recess.txt", "Nancy Pelosi (D-Calif.) thanked the staff before the recess. Pelosi then flew home.\n");
        _cli.Write("manifest.tsv", "vote.txt\t2024-02-01\nrecess.txt\t2024-04-09\n");
        await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db", "--manifest", "manifest.tsv");
        using (var archive = SqlitePeopleArchive.Open(ArchiveFile))
        {
            var claim = new Core.Model.ArchiveClaim(Core.Model.ArchiveClaimKind.Affiliation, "nancy pelosi", "democratic");
            await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, new DateOnly(2024, 4, 9)) { ArticleId = "recess.txt" });
        }

        var json = JObject.Parse((await _cli.RunAsync("archive", "show", "Pelosi", "--archive", "archive.db", "--format", "json")).Out);

        var openApi = JObject.Parse(File.ReadAllText(Path.Combine(CliDocsTests.FindRepositoryRoot(), "docs", "openapi.json")));
        var schema = (JObject)openApi.SelectToken("paths['/api/people'].get.responses['200'].content['application/json'].schema")!;
        var person = Assert.Single((JArray)json["people"]!);
        foreach (var list in new[] { "spellings", "offices", "affiliations", "decisions" })
        {
            Assert.NotEmpty((JArray)person[list]!);
        }

        AssertSameFields(schema, json, "");
    }

    /// <summary>Every object of <paramref name="value"/> has exactly the properties its schema documents, recursively.</summary>
    private static void AssertSameFields(JObject schema, JToken value, string path)
    {
        if (value is JArray array && schema["items"] is JObject items)
        {
            foreach (var item in array)
            {
                AssertSameFields(items, item, path + "[]");
            }
        }
        else if (value is JObject obj && schema["properties"] is JObject properties)
        {
            Assert.True(
                properties.Properties().Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(obj.Properties().Select(p => p.Name).Order(StringComparer.Ordinal)),
                $"{path}: documented {string.Join(", ", properties.Properties().Select(p => p.Name))}; written {string.Join(", ", obj.Properties().Select(p => p.Name))}");
            foreach (var property in obj.Properties())
            {
                AssertSameFields((JObject)properties[property.Name]!, property.Value, $"{path}.{property.Name}");
            }
        }
    }

    [Fact]
    public async Task Import_without_archive_writes_the_default_file_under_the_data_folder()
    {
        WritePublished();

        var run = await _cli.RunAsync("archive", "import", "pub");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_cli.Directory, "data", "factcheck", "archive.db")));
    }

    [Fact]
    public async Task Check_reads_the_default_archive_only_when_it_exists_and_never_writes_it()
    {
        _cli.Write("draft.txt", Budget);
        var absent = await _cli.RunAsync("check", "draft.txt");
        Assert.Equal(ExitCodes.Clean, absent.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_cli.Directory, "data")));

        WritePublished();
        await _cli.RunAsync("archive", "import", "pub");
        var file = Path.Combine(_cli.Directory, "data", "factcheck", "archive.db");
        var before = File.ReadAllBytes(file);

        Assert.Equal(ExitCodes.Clean, (await _cli.RunAsync("check", "draft.txt")).ExitCode);
        Assert.Equal(ExitCodes.Clean, (await _cli.RunAsync("check", "--no-archive", "draft.txt")).ExitCode);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public async Task Check_with_a_missing_named_archive_exits_2_naming_it()
    {
        _cli.Write("draft.txt", Budget);

        var run = await _cli.RunAsync("check", "--archive", "nowhere.db", "draft.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal("factcheck: nowhere.db: no such archive; build one with 'factcheck archive import PATH... --archive FILE'.", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(Path.Combine(_cli.Directory, "nowhere.db")));
    }

    [Fact]
    public async Task Archive_and_no_archive_together_are_a_usage_error()
    {
        _cli.Write("draft.txt", Budget);

        var run = await _cli.RunAsync("check", "--archive", "a.db", "--no-archive", "draft.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("--archive and --no-archive", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "draft.txt")]
    [InlineData("archive", "import")]
    [InlineData("archive", "show")]
    public async Task A_text_file_given_as_archive_exits_2_and_is_left_alone(string command, string second)
    {
        _cli.Write("draft.txt", Budget);
        WritePublished();
        _cli.Write("notes.txt", "not an archive\n");
        string[] args = (command, second) switch
        {
            ("check", _) => ["check", "--archive", "notes.txt", "draft.txt"],
            (_, "import") => ["archive", "import", "pub", "--archive", "notes.txt"],
            _ => ["archive", "show", "Pelosi", "--archive", "notes.txt"],
        };

        var run = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal("factcheck: notes.txt: is not a FactCheck archive (not a SQLite database); give --archive a file made by 'factcheck archive import'.", Assert.Single(run.ErrorLines));
        Assert.Equal("not an archive\n", File.ReadAllText(Path.Combine(_cli.Directory, "notes.txt")));
    }

    [Fact]
    public async Task A_newer_schema_version_exits_2_naming_the_file()
    {
        WritePublished();
        await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");
        using (var connection = new SqliteConnection($"Data Source={ArchiveFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal($"factcheck: archive.db: has archive schema version 99, newer than this factcheck reads ({SqlitePeopleArchive.SchemaVersion}); update factcheck.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Another_SQLite_database_is_not_taken_for_an_archive()
    {
        _cli.Write("draft.txt", Budget);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_cli.Directory, "other.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x)";
            command.ExecuteNonQuery();
        }

        var run = await _cli.RunAsync("check", "--archive", "other.db", "draft.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith("factcheck: other.db: is a SQLite database but not a FactCheck archive", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_into_a_read_only_archive_exits_2_and_changes_nothing()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        WritePublished();
        await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");
        File.SetUnixFileMode(ArchiveFile, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = File.ReadAllBytes(ArchiveFile);
        _cli.Write("pub/more.txt", "Nancy Pelosi returned to Washington on Friday.\n");

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal("factcheck: archive.db: the archive is read-only; make it writable (or import into another file with --archive).", Assert.Single(run.ErrorLines));
        Assert.Equal(before, File.ReadAllBytes(ArchiveFile));
        Assert.Equal(2, (await PelosiAsync()).ArticleCount);
    }

    [Fact]
    public async Task A_locked_archive_waits_then_exits_2_naming_it()
    {
        WritePublished();
        await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");
        using var holder = new SqliteConnection($"Data Source={ArchiveFile};Pooling=False");
        holder.Open();
        using var transaction = holder.BeginTransaction(deferred: false);

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal("factcheck: archive.db: the archive is locked by another process (another import?); wait for it to finish and try again.", Assert.Single(run.ErrorLines));
        transaction.Rollback();
        Assert.Equal(2, (await PelosiAsync()).ArticleCount);
    }

    [Fact]
    public async Task An_oversized_article_is_skipped_by_name_and_the_others_imported()
    {
        WritePublished();
        _cli.Write("pub/huge.txt", "Nancy Pelosi spoke. " + new string('x', 4000));
        _cli.Services = _cli.Services with { GetSetting = name => name == "FactCheck__MaxDraftBytes" ? "1000" : null };

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: " + Path.Join("pub", "huge.txt") + ": the file is 4,020 bytes, over the 1,000-byte limit", error, StringComparison.Ordinal);
        Assert.EndsWith("(not imported)", error, StringComparison.Ordinal);
        Assert.Equal("Imported 2 articles: 3 people, 1 offices recorded.", Assert.Single(run.OutLines));
    }

    [Fact]
    public async Task An_unreadable_article_is_skipped_by_name_and_the_others_imported()
    {
        WritePublished();
        _cli.Write("pub/broken.docx", "this is not a zip file"u8.ToArray());

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: " + Path.Join("pub", "broken.docx") + ": ", error, StringComparison.Ordinal);
        Assert.EndsWith("(not imported)", error, StringComparison.Ordinal);
        Assert.Equal(2, (await PelosiAsync()).ArticleCount);
    }

    [Fact]
    public async Task A_manifest_with_a_bad_date_names_the_line_and_imports_nothing()
    {
        WritePublished();
        _cli.Write("manifest.tsv", "budget.txt\t2024-01-10\nworld/ankara.txt\t2024-02-30\n");

        var run = await _cli.RunAsync("archive", "import", "pub", "--archive", "archive.db", "--manifest", "manifest.tsv");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal("factcheck: manifest.tsv:2: '2024-02-30' is not a date as YYYY-MM-DD; nothing was imported.", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(ArchiveFile));
    }

    public void Dispose() => _cli.Dispose();
}
