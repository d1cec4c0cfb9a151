using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FactCheck.Core.Archive;
using FactCheck.Service.Archive;
using FactCheck.Testing;

namespace FactCheck.Service.Tests.Archive;

/// <summary>What the Table Storage archive does beyond the shared contract: hostile keys, crash recovery, its cost.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablePeopleArchiveTests(AzuriteFixture azurite)
{
    private static readonly DateOnly January = new(2024, 1, 10);
    private static readonly DateOnly June = new(2024, 6, 20);

    private static ArchivedPerson Person(string display, params string[] offices)
    {
        var keys = display.ToLowerInvariant().Split(' ');
        return new ArchivedPerson(string.Join(' ', keys), display, keys)
        {
            Offices = offices.Select(o => new ArchivedOffice(o, null, o)).ToArray(),
        };
    }

    public static TheoryData<string> HostileNames() =>
    [
        "a/b\\c#d?e",
        "tab\there\u0001\u007f",
        "..",
        "'quote' \"double\" & <angle>",
        new string('x', 600),
        "日本語 名前",
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task Names_offices_and_article_ids_with_forbidden_key_characters_round_trip(string hostile)
    {
        var archive = new TablePeopleArchive(TablePeopleArchiveContractTests.TableFor(azurite));
        var person = new ArchivedPerson(hostile, hostile, [hostile]) { Offices = [new ArchivedOffice(hostile, hostile, hostile)] };
        await archive.RecordAsync(new ArchivedArticle(hostile, January, [person]) { Title = hostile });
        await archive.RecordAsync(new ArchivedArticle(hostile, January, [person]) { Title = hostile });

        var lookup = await archive.LookupAsync(new ArchiveQuery([hostile], [OfficeKey.Of(hostile, hostile)]));

        var spelling = Assert.Single(lookup.Spellings);
        Assert.Equal((hostile, hostile, 1), (spelling.PersonKey, spelling.Display, spelling.ArticleCount));
        Assert.Equal(hostile, Assert.Single(spelling.Articles).Id);
        Assert.Equal(OfficeKey.Of(hostile, hostile), Assert.Single(lookup.Offices).OfficeKey);
        var excluded = await archive.LookupAsync(new ArchiveQuery([hostile], []) { ExcludeArticleId = hostile });
        Assert.Empty(excluded.Spellings);
    }

    [Fact]
    public async Task A_record_that_crashed_half_way_converges_when_retried()
    {
        var options = new TableClientOptions();
        var crash = new CrashAfterPolicy();
        options.AddPolicy(crash, HttpPipelinePosition.PerCall);
        var table = TablePeopleArchiveContractTests.TableFor(azurite, options);
        var archive = new TablePeopleArchive(table);
        await archive.RecordAsync(new ArchivedArticle("a1", January, [Person("Nancy Pelossi"), Person("Ahmet Davutoglu", "foreign minister")]));

        // The second record dies after its first person transaction: one person moved, the other not yet.
        crash.FailAfterTransactions(1);
        var replacement = new ArchivedArticle("a1", June, [Person("Nancy Pelosi"), Person("Mevlut Cavusoglu", "foreign minister")]);
        await Assert.ThrowsAnyAsync<Exception>(() => archive.RecordAsync(replacement));
        crash.FailAfterTransactions(int.MaxValue);
        await archive.RecordAsync(replacement);
        await archive.RecordAsync(replacement);

        var lookup = await archive.LookupAsync(new ArchiveQuery(["nancy", "davutoglu", "cavusoglu"], [OfficeKey.Of("foreign minister", null)]));
        Assert.Equal(["Mevlut Cavusoglu", "Nancy Pelosi"], lookup.Spellings.Select(s => s.Display).Order(StringComparer.Ordinal));
        Assert.All(lookup.Spellings, s => Assert.Equal((1, June), (s.ArticleCount, s.LastSeen)));
        Assert.Equal("mevlut cavusoglu", Assert.Single(lookup.Offices).PersonKey);
    }

    [Fact]
    public async Task Removing_an_old_article_from_a_long_record_rebuilds_its_dates()
    {
        var archive = new TablePeopleArchive(TablePeopleArchiveContractTests.TableFor(azurite));
        for (var i = 0; i < 10; i++)
        {
            await archive.RecordAsync(new ArchivedArticle($"a{i}", January.AddDays(i), [Person("Nancy Pelosi")]));
        }

        await archive.RecordAsync(new ArchivedArticle("a0", January, []));
        await archive.RecordAsync(new ArchivedArticle("a1", January, []));
        await archive.RecordAsync(new ArchivedArticle("a2", January, []));

        var record = Assert.Single((await archive.LookupAsync(new ArchiveQuery(["pelosi"], []))).Spellings);
        Assert.Equal((7, January.AddDays(3), January.AddDays(9)), (record.ArticleCount, record.FirstSeen, record.LastSeen));
    }

    [Fact]
    public async Task A_lookup_costs_one_read_per_name_word_office_and_person_found_and_never_scans()
    {
        var options = new TableClientOptions();
        var counter = new CountingPolicy();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var archive = new TablePeopleArchive(TablePeopleArchiveContractTests.TableFor(azurite, options));
        await archive.RecordAsync(new ArchivedArticle("seed", January, []));
        for (var i = 0; i < 20; i++)
        {
            await archive.RecordAsync(new ArchivedArticle($"a{i}", January.AddDays(i), [Person($"First{i} Last{i}", $"office{i}")]));
        }

        counter.Reset();
        await archive.RecordAsync(new ArchivedArticle("draft", June, [Person("Nancy Pelosi", "house speaker"), Person("First1 Last1", "office1")]));
        var recordCost = counter.Count;

        counter.Reset();
        // The shape ArticleObservations.QueryFor sends: surnames, the introduced people's full names, offices.
        var lookup = await archive.LookupAsync(new ArchiveQuery(["pelosi", "last1", "nobody"], [OfficeKey.Of("house speaker", null), OfficeKey.Of("office1", null)])
        {
            ExcludeArticleId = "draft",
            PersonKeys = ["nancy pelosi", "first1 last1"],
        });
        var lookupCost = counter.Count;

        Assert.Equal(["first1 last1"], lookup.Spellings.Select(s => s.PersonKey));
        // 1 excluded article + 3 surnames + 2 offices + 2 people found (each found several ways, read once).
        Assert.Equal(8, lookupCost);
        Assert.DoesNotContain(counter.Queries, q => !q.Contains("PartitionKey", StringComparison.Ordinal));
        // 1 read + 1 pending write + 3 + 3 markers (2 name words and an office each) + per person (2 reads + 1 transaction) + 1 done write.
        Assert.Equal(1 + 1 + 6 + (2 * 3) + 1, recordCost);
    }

    [Fact]
    public async Task A_name_shared_by_many_people_returns_the_most_written_about_and_full_names_are_never_capped()
    {
        var archive = new TablePeopleArchive(TablePeopleArchiveContractTests.TableFor(azurite));
        var people = ArchiveRecords.MaxPeoplePerName + 5;
        for (var i = 0; i < people; i++)
        {
            // Counts that neither follow the recording order nor the names.
            for (var n = 0; n <= i % 3 * 3 + i / 10; n++)
            {
                await archive.RecordAsync(new ArchivedArticle($"p{i}/{n}", January.AddDays(n), [Person($"Given{i:D2} Smith")]));
            }
        }

        var counts = Enumerable.Range(0, people).ToDictionary(i => $"given{i:D2} smith", i => i % 3 * 3 + i / 10 + 1);
        var bySurname = await archive.LookupAsync(new ArchiveQuery(["smith"], []));
        var rarest = counts.OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
        var withFullName = await archive.LookupAsync(new ArchiveQuery(["smith"], []) { PersonKeys = [rarest] });

        var expected = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(ArchiveRecords.MaxPeoplePerName).Select(c => c.Key);
        Assert.Equal(expected.Order(StringComparer.Ordinal), bySurname.Spellings.Select(s => s.PersonKey).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(bySurname.Spellings, s => s.PersonKey == rarest);
        Assert.Contains(withFullName.Spellings, s => s.PersonKey == rarest);
    }

    private sealed class CountingPolicy : HttpPipelinePolicy
    {
        private int _count;

        public int Count => _count;

        public List<string> Queries { get; } = [];

        public void Reset()
        {
            Interlocked.Exchange(ref _count, 0);
            lock (Queries)
            {
                Queries.Clear();
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Interlocked.Increment(ref _count);
            if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Query.Contains("$filter", StringComparison.Ordinal))
            {
                lock (Queries)
                {
                    Queries.Add(Uri.UnescapeDataString(message.Request.Uri.Query));
                }
            }

            await ProcessNextAsync(message, pipeline);
        }
    }

    private sealed class CrashAfterPolicy : HttpPipelinePolicy
    {
        private int _remaining = int.MaxValue;

        public void FailAfterTransactions(int count) => Volatile.Write(ref _remaining, count);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && Interlocked.Decrement(ref _remaining) < 0)
            {
                throw new IOException("Simulated crash before this transaction.");
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
