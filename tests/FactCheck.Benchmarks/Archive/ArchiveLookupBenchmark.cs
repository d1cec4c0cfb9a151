using BenchmarkDotNet.Attributes;
using FactCheck.Cli.Archive;
using FactCheck.Core.Archive;

namespace FactCheck.Benchmarks.Archive;

/// <summary>
/// One draft's archive lookup against the 100,000-article <see cref="SyntheticArchive"/>, for a draft naming
/// <see cref="Names"/> distinct people: half of them among the archive's most written-about (the expensive case: their
/// aggregates, affiliations included, stand for thousands of rows), half from the long tail, plus two offices.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ArchiveLookupBenchmark
{
    private SqlitePeopleArchive _archive = null!;
    private ArchiveQuery _query = null!;
    private int _recorded;

    [Params(5, 20)]
    public int Names { get; set; }

    /// <summary>
    /// "draft": what <see cref="ArticleObservations.QueryFor"/> sends, each person's surname and full name; "first names
    /// too": every name word as the checker sent it before, first names shared by 1,700 synthetic people each, which the
    /// per-name cap now bounds.
    /// </summary>
    [Params("draft", "first names too")]
    public string Keys { get; set; } = "draft";

    [GlobalSetup]
    public void Setup()
    {
        _archive = SyntheticArchive.OpenOrCreate();
        var people = Enumerable.Range(0, Names / 2).Concat(Enumerable.Range(0, Names - Names / 2).Select(i => 1_000 + i * 997));
        people = people.ToArray();
        var keys = people.SelectMany(p => Keys == "draft"
                ? new[] { SyntheticArchive.Surname(p).ToLowerInvariant() }
                : [SyntheticArchive.FirstName(p).ToLowerInvariant(), SyntheticArchive.Surname(p).ToLowerInvariant()])
            .ToHashSet(StringComparer.Ordinal);
        _query = new ArchiveQuery(keys, [OfficeKey.Of(SyntheticArchive.OfficeName(1), null), OfficeKey.Of(SyntheticArchive.OfficeName(2), null)])
        {
            ExcludeArticleId = "draft.txt",
            PersonKeys = people.Select(p => SyntheticArchive.Display(p).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _archive.Dispose();

    [Benchmark(Description = "LookupAsync")]
    public int Lookup()
    {
        var lookup = _archive.LookupAsync(_query).GetAwaiter().GetResult();
        return lookup.Spellings.Count + lookup.Offices.Count + lookup.Affiliations.Count;
    }

    /// <summary>One article recorded (replacing its previous version), one transaction, as an import does it.</summary>
    [Benchmark(Description = "RecordAsync (one article)")]
    public void Record()
    {
        var article = SyntheticArchive.Article(_recorded++ % 1000) with { Id = "bench/record.txt" };
        _archive.RecordAsync(article).GetAwaiter().GetResult();
    }
}
