using BenchmarkDotNet.Attributes;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Rules;

namespace FactCheck.Benchmarks;

/// <summary>
/// Extract + recognize + all rules over every article of a corpus directory, one core, in process. The corpus is
/// read from <c>FACTCHECK_CORPUS</c> (default: <c>../shared/corpus/articles</c> beside the repository).
/// </summary>
/// <remarks>
/// Every case runs the same number of corpus passes per iteration. Left to choose, BenchmarkDotNet sized iterations
/// from a pilot run, gave one case 6 passes and the other 32, and after the full collection it forces between
/// iterations the 6-pass case spent its iteration faulting in fresh memory the 32-pass case reused: the two cases
/// were not measured alike. Each case also runs in three processes: on this shared VM one process could run a whole
/// case 40% slower than the next (JIT tiering and the host's load), and one process per case made the ratio of the
/// two cases a lottery.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 3, warmupCount: 5, iterationCount: 20, invocationCount: PassesPerIteration)]
public class CorpusCheckBenchmark
{
    /// <summary>About half a second of work per iteration on the development machine.</summary>
    public const int PassesPerIteration = 32;

    private (string Name, byte[] Bytes)[] _articles = [];
    private DocumentChecker _checker = null!;

    public static long CorpusBytes { get; private set; }

    public static int CorpusArticles { get; private set; }

    /// <summary>"foundation": the two name rules of the first release; "all": every rule in the catalog.</summary>
    [Params("foundation", "all")]
    public string Rules { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        _articles = CorpusLocator.Load();
        CorpusBytes = _articles.Sum(a => (long)a.Bytes.Length);
        CorpusArticles = _articles.Length;
        IReadOnlyList<IRule> rules = Rules == "foundation" ? [new NameMismatchRule(), new UnintroducedNameRule()] : RuleCatalog.CreateAll();
        _checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine(rules));
    }

    [Benchmark(Description = "check corpus (extract+recognize+rules)")]
    public int CheckCorpus()
    {
        var flags = 0;
        foreach (var (name, bytes) in _articles)
        {
            var document = DocumentReader.Read(name, bytes);
            flags += _checker.CheckAsync(document).GetAwaiter().GetResult().Flags.Count;
        }

        return flags;
    }

    [Benchmark(Description = "recognize only")]
    public int RecognizeCorpus()
    {
        var recognizer = new LocalEntityRecognizer();
        var entities = 0;
        foreach (var (name, bytes) in _articles)
        {
            entities += recognizer.Recognize(DocumentReader.Read(name, bytes)).Entities.Count;
        }

        return entities;
    }
}
