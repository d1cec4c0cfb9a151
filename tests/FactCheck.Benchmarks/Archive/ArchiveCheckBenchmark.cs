using System.Text;
using BenchmarkDotNet.Attributes;
using FactCheck.Cli.Archive;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Rules;

namespace FactCheck.Benchmarks.Archive;

/// <summary>The whole check of a sample draft naming five archived people, with and without the 100,000-article archive.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ArchiveCheckBenchmark
{
    private SqlitePeopleArchive? _archive;
    private DocumentChecker _checker = null!;
    private byte[] _draft = [];

    [Params(false, true)]
    public bool WithArchive { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = WithArchive ? SyntheticArchive.OpenOrCreate() : null;
        _checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine(RuleCatalog.CreateAll()), _archive);
        var p = Enumerable.Range(0, 5).Select(i => i * 11).ToArray();
        string D(int i) => SyntheticArchive.Display(i);
        string S(int i) => SyntheticArchive.Surname(i);
        _draft = Encoding.UTF8.GetBytes($"""
            {D(p[0])}, the minister, said on Tuesday that the budget would pass before the summer recess.
            {S(p[0])} spoke to reporters after a meeting with {D(p[1])} and {D(p[2])} in the capital.
            "We have the votes," {S(p[1])} said. {S(p[2])} did not comment.
            Later, {D(p[3])} and {D(p[4])} joined the talks, which ran late into the evening.
            {S(p[3])} said the agreement was close; {S(p[4])} called it fragile.
            """);
    }

    [GlobalCleanup]
    public void Cleanup() => _archive?.Dispose();

    [Benchmark(Description = "check sample draft")]
    public int Check()
    {
        var document = DocumentReader.Read("draft.txt", _draft);
        return _checker.CheckAsync(document).GetAwaiter().GetResult().Flags.Count;
    }
}
