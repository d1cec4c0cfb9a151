using BenchmarkDotNet.Attributes;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Rules;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// What each rule costs on its own over the corpus, after extraction and recognition, with the shared text index
/// already built; "text-index" is the cost of building that index, paid once per check by whichever rule asks first.
/// Use it to see which rule a change made slower; <see cref="CorpusCheckBenchmark"/> is the figure that counts.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class RuleCostBenchmark
{
    private const string TextIndexCase = "text-index";
    private DocumentAnalysis[] _analyses = [];
    private Lazy<TextIndex>[] _indexes = [];
    private IRule? _rule;

    public static IEnumerable<string> Cases => [TextIndexCase, .. RuleCatalog.CreateAll().Select(r => r.Descriptor.Id)];

    [ParamsSource(nameof(Cases))]
    public string Rule { get; set; } = TextIndexCase;

    [GlobalSetup]
    public void Setup()
    {
        var recognizer = new LocalEntityRecognizer();
        _analyses = CorpusLocator.Load()
            .Select(a => DocumentReader.Read(a.Name, a.Bytes))
            .Select(d => PersonResolver.Analyze(d, recognizer.Recognize(d)))
            .ToArray();
        _indexes = _analyses.Select(a => new Lazy<TextIndex>(new TextIndex(a.Document))).ToArray();
        _rule = RuleCatalog.CreateAll().FirstOrDefault(r => r.Descriptor.Id == Rule);
    }

    [Benchmark(Description = "one rule over the corpus")]
    public int RunRule()
    {
        var count = 0;
        for (var i = 0; i < _analyses.Length; i++)
        {
            if (_rule is null)
            {
                count += new TextIndex(_analyses[i].Document).Words.Count;
                continue;
            }

            var context = new RuleContext(_analyses[i], CheckSettings.Default, RuleSettings.Default, _indexes[i]);
            count += _rule.Check(context).Count();
        }

        return count;
    }
}
